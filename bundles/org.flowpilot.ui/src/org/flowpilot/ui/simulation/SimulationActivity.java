package org.flowpilot.ui.simulation;

/** What a {@link Simulation} is doing. */
public enum SimulationActivity {
	/** Taking steps on its own (resumed, running to a breakpoint or to the end). */
	RUNNING,
	/** Waiting for the next command; also once the run has ended, so that it can still go back. */
	SUSPENDED,
	/** Over: the session was terminated and the run can no longer move. */
	TERMINATED
}
