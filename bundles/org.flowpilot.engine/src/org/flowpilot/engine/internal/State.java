package org.flowpilot.engine.internal;

import java.util.Optional;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunState;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcome;

/** The immutable state of a run; {@code next} is null once the run has ended. */
record State(Node next, int stepCount, int clockMinutes, boolean online, boolean profileDownloaded, int espMinutes,
        StepOutcome lastStepOutcome, RunOutcome endedWith, String errorCode, String diagnostic, boolean failed)
        implements RunState {

    static State initial(Node start) {
        return new State(start, 0, 0, false, false, 0, null, null, null, null, false);
    }

    @Override
    public Step nextStep() {
        return next == null ? null : next.step;
    }

    @Override
    public Optional<RunOutcome> outcome() {
        return Optional.ofNullable(endedWith);
    }

    State withNext(Node node) {
        return new State(node, stepCount, clockMinutes, online, profileDownloaded, espMinutes, lastStepOutcome,
                endedWith, errorCode, diagnostic, failed);
    }

    State ended(RunOutcome outcome, String why) {
        return new State(null, stepCount, clockMinutes, online, profileDownloaded, espMinutes, lastStepOutcome,
                outcome, errorCode, why == null ? diagnostic : why, failed || outcome == RunOutcome.FAILED);
    }
}
