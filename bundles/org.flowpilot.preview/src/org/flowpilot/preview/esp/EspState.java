package org.flowpilot.preview.esp;

import org.flowpilot.engine.CommandLineId;

/**
 * The state of an Enrollment Status Page phase, or of a line of its details, as the ESP shows it; the id is the
 * markup's {@code data-state}.
 */
public enum EspState implements CommandLineId {
    /** Not started: a phase waiting for the one before it. */
    WAITING("waiting"),
    /** In progress. */
    RUNNING("running"),
    /** Done. */
    SUCCEEDED("succeeded"),
    /** Failed or timed out. */
    FAILED("failed"),
    /** Passed over: this deployment does not run the phase, or the ESP does not track the item. */
    SKIPPED("skipped");

    private final String id;

    EspState(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
