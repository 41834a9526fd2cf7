package org.flowpilot.diagram.internal.simulation;

/** What the simulation panel of a browser diagram asks the server to do, as the last segment of its POST path. */
public enum SimulationCommand {
    /** Starts a run of a flow for a scenario, replacing the one there was. */
    START("start"),
    /** Takes the next step. */
    STEP("step"),
    /** Undoes the last step. */
    STEP_BACK("step-back"),
    /** Steps until the run ends. */
    RUN("run"),
    /** Starts the same flow and scenario again from the model as it is now. */
    RESTART("restart"),
    /** Ends the run and clears the diagram's highlights. */
    STOP("stop");

    private final String id;

    SimulationCommand(String id) {
        this.id = id;
    }

    /** The stable id, the path segment. */
    public String id() {
        return id;
    }

    /** The command with {@code id}, or null when there is none. */
    public static SimulationCommand fromId(String id) {
        for (SimulationCommand command : values()) {
            if (command.id.equals(id)) {
                return command;
            }
        }
        return null;
    }
}
