package org.flowpilot.ui.simulation;

import org.eclipse.core.resources.IFile;

/**
 * A run of a flow that the workbench's views follow and may move, such as a debug session of a scenario. Whoever
 * owns the run implements it and puts it in the {@link SimulationFocus}; the Timeline, the Screen Preview and the
 * diagram then show where it stands.
 */
public interface Simulation {

	/** What the run is called, such as its scenario's or launch's name. */
	String name();

	/** The workspace file the run's flow was read from, or null when it comes from elsewhere. */
	IFile modelFile();

	/** Where the run stands now, as an immutable snapshot; may be called from any thread. */
	SimulationState state();

	/**
	 * Moves the run to the state after step {@code stepCount} of {@link SimulationState#steps()}: back over steps
	 * taken, or forward over steps already known. Does nothing unless the state {@linkplain SimulationState#canMove()
	 * can move}. Returns at once: the run moves on its own thread, and the focus then tells its listeners.
	 *
	 * @throws IllegalArgumentException when {@code stepCount} is negative or beyond the known steps
	 */
	void moveTo(int stepCount);
}
