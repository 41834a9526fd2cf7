package org.flowpilot.ui.internal.simulation;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.swt.widgets.Display;
import org.flowpilot.ui.simulation.Simulation;
import org.flowpilot.ui.simulation.SimulationFocus;

/**
 * The workbench's {@link SimulationFocus}. Changes from any thread are coalesced: the first one schedules a
 * notification on the UI thread no sooner than {@link #MIN_NOTIFY_INTERVAL_MILLIS} after the previous one, and the
 * changes until then ride along with it.
 */
public final class WorkbenchSimulationFocus implements SimulationFocus {

	private final Display display;
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private final AtomicBoolean scheduled = new AtomicBoolean();
	private final AtomicReference<Simulation> current = new AtomicReference<>();
	/** When listeners were last told, in nanoseconds; UI thread only. */
	private long lastNotified = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);

	public WorkbenchSimulationFocus(Display display) {
		this.display = display;
	}

	@Override
	public Simulation current() {
		return current.get();
	}

	@Override
	public void show(Simulation simulation) {
		current.set(simulation);
		schedule();
	}

	@Override
	public void changed(Simulation simulation) {
		if (simulation != null && simulation == current.get()) {
			schedule();
		}
	}

	@Override
	public void clear(Simulation simulation) {
		if (simulation != null && current.compareAndSet(simulation, null)) {
			schedule();
		}
	}

	@Override
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void schedule() {
		if (!scheduled.compareAndSet(false, true) || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			long waitMillis = MIN_NOTIFY_INTERVAL_MILLIS
					- TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastNotified);
			if (waitMillis > 0) {
				display.timerExec((int) waitMillis, this::notifyListeners);
			} else {
				notifyListeners();
			}
		});
	}

	private void notifyListeners() {
		// Cleared before the state is read: a change from now on schedules the next notification, none is lost.
		scheduled.set(false);
		lastNotified = System.nanoTime();
		Simulation simulation = current.get();
		for (Listener listener : listeners) {
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					listener.simulationChanged(simulation);
				}
			});
		}
	}
}
