package org.flowpilot.debug.internal.model;

import org.flowpilot.ui.simulation.Simulation;

/** A simulation of a launch, which tells listeners when its state changes. */
public interface ObservableSimulation extends Simulation {

	/** Adds a listener told, on whatever thread moved the run, each time the state changes. */
	void addStateListener(Runnable listener);

	/** Removes a state listener. */
	void removeStateListener(Runnable listener);
}
