package org.flowpilot.engine;

/**
 * What became of one item an Enrollment Status Page phase tracked.
 *
 * @since 1.0
 */
public enum TrackedItemOutcome implements CommandLineId {
    /** It installed or applied. */
    SUCCEEDED("succeeded"),
    /** It failed, and the ESP stops installing. */
    FAILED("failed"),
    /** It never finished: the ESP waited until its timeout. */
    HUNG("hung"),
    /** The ESP timed out while it was installing. */
    TIMED_OUT("timed-out"),
    /** The ESP does not track it: "Selected" blocking apps leave it out (it installs after the ESP). */
    NOT_TRACKED("not-tracked"),
    /** This deployment mode does not need it, such as TPM attestation in user-driven mode. */
    NOT_NEEDED("not-needed"),
    /** Technician flow: installed without the ESP waiting for it (not a selected blocking app). */
    INSTALLED_NOT_BLOCKING("installed-not-blocking"),
    /**
     * The ESP does not wait for it and it failed: in the technician flow a non-selected app (retried at the user's
     * first sign-in), or any item of an ESP that does not block device use (no error page shows it).
     */
    FAILED_NOT_BLOCKING("failed-not-blocking"),
    /** Technician flow: not a selected blocking app and "Only fail selected blocking apps" is No: installs later. */
    DEFERRED_TO_USER_FLOW("deferred-to-user-flow"),
    /**
     * "Block device use until all apps and profiles are installed" is No: the person can leave the ESP before it is
     * installed, so the run does not wait for it; it goes on installing in the background.
     */
    NOT_WAITED_FOR("not-waited-for");

    private final String id;

    TrackedItemOutcome(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The outcome named {@code id}, such as {@code timed-out}. */
    public static TrackedItemOutcome fromId(String id) {
        return CommandLineId.fromId(TrackedItemOutcome.class, id, "tracked item outcome");
    }
}
