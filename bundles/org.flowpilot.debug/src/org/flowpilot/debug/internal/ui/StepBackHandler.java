package org.flowpilot.debug.internal.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.debug.internal.model.SimulationTarget;

/**
 * Step Back: takes the simulation selected in the Debug view back one step, to exactly the state before it. Enabled
 * while that simulation is suspended after a step; the toolbar button and the key binding follow the debug events.
 */
public final class StepBackHandler extends AbstractHandler implements IDebugEventSetListener, IDebugContextListener {

	private boolean updateScheduled;

	public StepBackHandler() {
		DebugPlugin.getDefault().addDebugEventListener(this);
		DebugUITools.getDebugContextManager().addDebugContextListener(this);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		SimulationTarget target = activeTarget();
		if (target != null && target.thread().canStepBack()) {
			target.thread().stepBack();
		}
		return null;
	}

	@Override
	public boolean isEnabled() {
		SimulationTarget target = activeTarget();
		return target != null && target.thread().canStepBack();
	}

	private static SimulationTarget activeTarget() {
		IAdaptable context = DebugUITools.getDebugContext();
		return context == null ? null
				: SimulationFocusPublisher.simulationOf(context) instanceof SimulationTarget target ? target : null;
	}

	@Override
	public void handleDebugEvents(DebugEvent[] events) {
		for (DebugEvent event : events) {
			if (event.getKind() == DebugEvent.SUSPEND || event.getKind() == DebugEvent.RESUME
					|| event.getKind() == DebugEvent.TERMINATE) {
				scheduleUpdate();
				return;
			}
		}
	}

	@Override
	public void debugContextChanged(DebugContextEvent event) {
		scheduleUpdate();
	}

	private synchronized void scheduleUpdate() {
		if (updateScheduled || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		updateScheduled = true;
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			synchronized (this) {
				updateScheduled = false;
			}
			fireHandlerChanged(new HandlerEvent(this, true, false));
		});
	}

	@Override
	public void dispose() {
		DebugPlugin.getDefault().removeDebugEventListener(this);
		DebugUITools.getDebugContextManager().removeDebugContextListener(this);
		super.dispose();
	}
}
