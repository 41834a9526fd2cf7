package org.flowpilot.engine;

/**
 * What happened to one step of a run.
 *
 * @since 1.0
 */
public enum StepStatus implements CommandLineId {
    /** The step ran (and its screen, if any, was shown when the record says so). */
    RAN("ran"),
    /** The step was passed over; the record's reason says why. */
    SKIPPED("skipped"),
    /** The step failed. */
    FAILED("failed"),
    /** The Enrollment Status Page gave up waiting. */
    TIMED_OUT("timed-out");

    private final String id;

    StepStatus(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether the step failed or timed out. */
    public boolean isFailure() {
        return this == FAILED || this == TIMED_OUT;
    }

    /** The status named {@code id}, such as {@code timed-out}. */
    public static StepStatus fromId(String id) {
        return CommandLineId.fromId(StepStatus.class, id, "step status");
    }
}
