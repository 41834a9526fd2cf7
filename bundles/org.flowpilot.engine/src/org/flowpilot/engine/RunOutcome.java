package org.flowpilot.engine;

/**
 * Where a run ends.
 *
 * @since 1.0
 */
public enum RunOutcome implements CommandLineId {
    /** The user reaches the desktop. */
    DESKTOP("desktop"),
    /** The device ends at the Windows sign-on screen (hybrid join after sign-out, self-deploying). */
    SIGN_ON_SCREEN("sign-on-screen"),
    /** The technician resealed the pre-provisioned device. */
    RESEALED("resealed"),
    /** A failure screen ends the run, or the flow could not go on (see the run's diagnostic). */
    FAILED("failed"),
    /** The run cannot get past a screen, such as the network screen without any network. */
    BLOCKED("blocked"),
    /** The run was terminated ({@link Run#terminate()}) before it ended. */
    TERMINATED("terminated");

    private final String id;

    RunOutcome(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The outcome named {@code id}, such as {@code sign-on-screen}. */
    public static RunOutcome fromId(String id) {
        return CommandLineId.fromId(RunOutcome.class, id, "run outcome");
    }
}
