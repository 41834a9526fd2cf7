package org.flowpilot.engine;

/** What happened to one step of a run. */
public enum StepStatus {
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

    /** The identifier used in JSON output. */
    public String id() {
        return id;
    }
}
