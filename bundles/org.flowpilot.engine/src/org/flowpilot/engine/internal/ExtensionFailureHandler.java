package org.flowpilot.engine.internal;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepStatus;

/**
 * The step the engine adds when a contributed guard condition threw or did not answer: the run cannot choose its
 * next step, so it ends here, failed, saying which contribution from which bundle.
 */
final class ExtensionFailureHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        return Taken.follow(Shown.ran(before.diagnostic()).withStatus(StepStatus.FAILED),
                before.ended(RunOutcome.FAILED, null));
    }
}
