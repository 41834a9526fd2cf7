package org.flowpilot.engine.internal;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.model.contribution.ContributionCalls;
import org.flowpilot.model.contribution.ContributionFailure;
import org.flowpilot.model.contribution.Contributions;

/**
 * Calls code that extensions contribute (step executors, guard conditions, run listeners) so that it cannot take a
 * run down: each call is bounded in time on a daemon thread ({@link ContributionCalls}); what it throws, or its not
 * answering in time, becomes an {@link ExtensionFailure} naming the contribution and where it comes from.
 */
public final class ExtensionCalls {

    private final ContributionCalls calls;

    /** Calls that may take up to {@code timeout} each. */
    public ExtensionCalls(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The extension timeout must be positive, not " + timeout);
        }
        this.calls = new ContributionCalls(timeout, "extension");
    }

    /** The time a call may take. */
    public Duration timeout() {
        return calls.timeout();
    }

    /**
     * What {@code call} returns, {@code contribution} being the extension's object and {@code doing} what the call
     * does, in words ("executing step 'Asset tag'").
     *
     * @throws ExtensionFailure when the call throws or does not answer in time
     */
    <T> T call(Object contribution, String doing, Callable<T> call) {
        try {
            return calls.call(contribution, role(contribution), doing, call);
        } catch (ContributionFailure failure) {
            throw new ExtensionFailure(failure);
        }
    }

    /** The contribution's role, class and origin: {@code The step executor com.fabrikam.AssetTag (bundle ...)}. */
    static String describe(Object contribution) {
        return Contributions.describe(role(contribution), contribution);
    }

    private static String role(Object contribution) {
        if (contribution instanceof StepExecutor) {
            return "step executor";
        }
        if (contribution instanceof GuardCondition) {
            return "guard condition";
        }
        return contribution instanceof RunListener ? "run listener" : "extension";
    }
}
