package org.flowpilot.ui.simulation;

/**
 * The simulation the workbench's run views follow: the Timeline, the Screen Preview and the diagram show where it
 * stands. A workbench service: {@code PlatformUI.getWorkbench().getService(SimulationFocus.class)}, or a part site's
 * {@code getService}. The methods may be called from any thread; listeners are told on the UI thread, at most once
 * per {@link #MIN_NOTIFY_INTERVAL_MILLIS}, so a run that takes thousands of steps a second does not flood the user
 * interface: they read the latest {@link Simulation#state()} when told.
 */
public interface SimulationFocus {

	/** The shortest time between two notifications of the listeners. */
	int MIN_NOTIFY_INTERVAL_MILLIS = 50;

	/** Told when the focus moves to another simulation (or to none) or the focused one changes. */
	@FunctionalInterface
	interface Listener {

		/** The focused simulation, or null when there is none, changed; called on the UI thread. */
		void simulationChanged(Simulation simulation);
	}

	/** The simulation in focus, or null. */
	Simulation current();

	/** Puts {@code simulation} in focus (null: none). */
	void show(Simulation simulation);

	/** Says that {@code simulation}'s state changed; listeners hear of it when it is the one in focus. */
	void changed(Simulation simulation);

	/** Takes {@code simulation} out of focus, if it is the one in focus. */
	void clear(Simulation simulation);

	/** Adds a listener. */
	void addListener(Listener listener);

	/** Removes a listener. */
	void removeListener(Listener listener);
}
