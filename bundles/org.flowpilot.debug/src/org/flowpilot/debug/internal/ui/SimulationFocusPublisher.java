package org.flowpilot.debug.internal.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.ILaunchesListener2;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.flowpilot.debug.internal.model.ObservableSimulation;
import org.flowpilot.debug.internal.model.SimulationTarget;
import org.flowpilot.debug.internal.model.SimulationThread;
import org.flowpilot.debug.internal.model.StepFrame;
import org.flowpilot.ui.simulation.SimulationFocus;

/**
 * Puts simulation launches in the workbench's {@link SimulationFocus}: a new launch as it starts, and the one of
 * whatever the Debug view selects; tells the focus when a followed simulation changes, and takes it out when its
 * launch is removed. So the Timeline, the Screen Preview and the diagram follow the session being debugged.
 */
public final class SimulationFocusPublisher implements ILaunchesListener2, IDebugContextListener {

	private final IWorkbench workbench;
	private final Map<ObservableSimulation, Runnable> followed = new ConcurrentHashMap<>();
	private volatile boolean listeningToContexts;

	public SimulationFocusPublisher(IWorkbench workbench) {
		this.workbench = workbench;
	}

	/** Starts following launches, the ones already there included. */
	public void install() {
		ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
		launches.addLaunchListener(this);
		launchesChanged(launches.getLaunches());
	}

	/** Stops following launches and the Debug view. */
	public void uninstall() {
		DebugPlugin plugin = DebugPlugin.getDefault();
		if (plugin != null) {
			plugin.getLaunchManager().removeLaunchListener(this);
		}
		followed.forEach(ObservableSimulation::removeStateListener);
		followed.clear();
		if (listeningToContexts && !workbench.getDisplay().isDisposed()) {
			workbench.getDisplay().asyncExec(() -> DebugUITools.getDebugContextManager()
					.removeDebugContextListener(this));
		}
	}

	@Override
	public void launchesAdded(ILaunch[] launches) {
		launchesChanged(launches);
	}

	@Override
	public void launchesChanged(ILaunch[] launches) {
		for (ILaunch launch : launches) {
			for (IProcess process : launch.getProcesses()) {
				ObservableSimulation simulation = process.getAdapter(ObservableSimulation.class);
				if (simulation != null && !followed.containsKey(simulation)) {
					follow(simulation);
				}
			}
		}
	}

	@Override
	public void launchesTerminated(ILaunch[] launches) {
		for (ILaunch launch : launches) {
			for (IProcess process : launch.getProcesses()) {
				ObservableSimulation simulation = process.getAdapter(ObservableSimulation.class);
				if (simulation != null) {
					focus().changed(simulation);
				}
			}
		}
	}

	@Override
	public void launchesRemoved(ILaunch[] launches) {
		for (ILaunch launch : launches) {
			for (IProcess process : launch.getProcesses()) {
				ObservableSimulation simulation = process.getAdapter(ObservableSimulation.class);
				if (simulation != null) {
					Runnable listener = followed.remove(simulation);
					if (listener != null) {
						simulation.removeStateListener(listener);
					}
					focus().clear(simulation);
				}
			}
		}
	}

	private void follow(ObservableSimulation simulation) {
		SimulationFocus focus = focus();
		Runnable listener = () -> focus.changed(simulation);
		if (followed.putIfAbsent(simulation, listener) != null) {
			return;
		}
		simulation.addStateListener(listener);
		// The newest session is the one the Debug view selects too.
		focus.show(simulation);
		listenToDebugContexts();
	}

	private void listenToDebugContexts() {
		if (listeningToContexts) {
			return;
		}
		listeningToContexts = true;
		Display display = workbench.getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> DebugUITools.getDebugContextManager().addDebugContextListener(this));
		}
	}

	@Override
	public void debugContextChanged(DebugContextEvent event) {
		if ((event.getFlags() & DebugContextEvent.ACTIVATED) == 0
				|| !(event.getContext() instanceof IStructuredSelection selection)) {
			return;
		}
		ObservableSimulation simulation = simulationOf(selection.getFirstElement());
		if (simulation != null && followed.containsKey(simulation)) {
			focus().show(simulation);
		}
	}

	/** The simulation a Debug view element belongs to, or null. */
	static ObservableSimulation simulationOf(Object element) {
		if (element instanceof StepFrame frame) {
			return ((SimulationThread) frame.getThread()).target();
		}
		if (element instanceof SimulationThread thread) {
			return thread.target();
		}
		if (element instanceof SimulationTarget target) {
			return target;
		}
		if (element instanceof IProcess process) {
			return process.getAdapter(ObservableSimulation.class);
		}
		if (element instanceof ILaunch launch) {
			for (IProcess process : launch.getProcesses()) {
				ObservableSimulation simulation = process.getAdapter(ObservableSimulation.class);
				if (simulation != null) {
					return simulation;
				}
			}
		}
		return null;
	}

	private SimulationFocus focus() {
		return workbench.getService(SimulationFocus.class);
	}
}
