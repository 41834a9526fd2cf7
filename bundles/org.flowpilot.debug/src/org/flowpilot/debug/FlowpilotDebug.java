package org.flowpilot.debug;

/** Identifiers of Flowpilot's Eclipse Debug integration, for other bundles and tests. */
public final class FlowpilotDebug {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.flowpilot.debug";

	/** The debug model of simulations: its targets, threads, frames, variables and breakpoints. */
	public static final String MODEL_ID = "org.flowpilot.debug.model";

	/** The launch configuration type "Flowpilot Simulation": a flow run for a scenario, in Run or Debug mode. */
	public static final String LAUNCH_CONFIGURATION_TYPE_ID = "org.flowpilot.debug.simulation";

	/** The marker of a breakpoint on a step, on the model file; it carries {@link #ELEMENT_ID_ATTRIBUTE}. */
	public static final String STEP_BREAKPOINT_MARKER = "org.flowpilot.debug.stepBreakpointMarker";

	/**
	 * The marker attribute naming the step a breakpoint is on: the step's element id (its {@code xmi:id}, or
	 * {@code engine:esp-error} and the like for a step the engine adds). The model editor reveals the element a
	 * marker with this attribute names.
	 */
	public static final String ELEMENT_ID_ATTRIBUTE = "elementId";

	/** The Simulation perspective: the Debug, Variables, Breakpoints, Timeline and Screen Preview views. */
	public static final String SIMULATION_PERSPECTIVE_ID = "org.flowpilot.debug.perspectives.simulation";

	/** The command that takes the suspended simulation back one step. */
	public static final String STEP_BACK_COMMAND_ID = "org.flowpilot.debug.commands.stepBack";

	/** The command that starts a scenario selected in a model in one click (Debug mode). */
	public static final String SIMULATE_COMMAND_ID = "org.flowpilot.debug.commands.simulate";

	/** The command that sets or removes a breakpoint on the steps selected in a model. */
	public static final String TOGGLE_STEP_BREAKPOINT_COMMAND_ID = "org.flowpilot.debug.commands.toggleStepBreakpoint";

	private FlowpilotDebug() {
	}
}
