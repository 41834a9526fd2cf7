package org.flowpilot.model.contribution;

/**
 * Contributed code threw, did not answer in time, or was interrupted; the message names the contribution, its
 * origin and what it was doing, ready for a report.
 *
 * @since 1.0
 */
public final class ContributionFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How a call of contributed code failed. */
    public enum Kind {
        /** The call threw. */
        THREW,
        /** The call did not answer within the time it was given. */
        TIMED_OUT,
        /** The thread waiting for the call was interrupted. */
        INTERRUPTED
    }

    private final Kind kind;
    private final transient Object contribution;

    /** A failure of {@code contribution}, described by {@code message}. */
    public ContributionFailure(Kind kind, Object contribution, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.contribution = contribution;
    }

    /** How the call failed. */
    public Kind kind() {
        return kind;
    }

    /** The contributed object whose call failed. */
    public Object contribution() {
        return contribution;
    }
}
