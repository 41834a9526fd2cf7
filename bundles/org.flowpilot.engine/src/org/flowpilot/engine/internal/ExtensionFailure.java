package org.flowpilot.engine.internal;

import org.flowpilot.model.contribution.ContributionFailure;

/** Contributed code threw or did not answer in time; the message names it and says where it comes from. */
final class ExtensionFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ContributionFailure.Kind kind;

    ExtensionFailure(ContributionFailure failure) {
        // The cause is what the contribution threw, or the failure itself when it did not answer.
        super(failure.getMessage(), failure.getCause() != null ? failure.getCause() : failure);
        this.kind = failure.kind();
    }

    ExtensionFailure(String message) {
        super(message);
        this.kind = ContributionFailure.Kind.THREW;
    }

    /** How the call failed. */
    ContributionFailure.Kind kind() {
        return kind;
    }
}
