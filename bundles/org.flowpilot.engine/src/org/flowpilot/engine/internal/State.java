package org.flowpilot.engine.internal;

import java.util.Optional;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunState;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcome;

/**
 * The immutable state of a run; {@code next} is null once the run has ended. {@code failedAt} is the step whose
 * failure the failure page is about, {@code choicesUsed} how many of the scenario's failure choices were pressed, and
 * {@code retried} whether a Retry or Reset happened (so failures that strike once are spent).
 */
record State(Node next, int stepCount, int clockMinutes, boolean online, boolean profileDownloaded, int espMinutes,
        StepOutcome lastStepOutcome, RunOutcome endedWith, String errorCode, String diagnostic, boolean failed,
        Node failedAt, int choicesUsed, boolean retried) implements RunState {

    static State initial(Node start) {
        return new State(start, 0, 0, false, false, 0, null, null, null, null, false, null, 0, false);
    }

    @Override
    public Step nextStep() {
        return next == null ? null : next.step;
    }

    @Override
    public String nextElementId() {
        return next == null ? null : next.elementId;
    }

    @Override
    public Optional<RunOutcome> outcome() {
        return Optional.ofNullable(endedWith);
    }

    State withNext(Node node) {
        return new State(node, stepCount, clockMinutes, online, profileDownloaded, espMinutes, lastStepOutcome,
                endedWith, errorCode, diagnostic, failed, failedAt, choicesUsed, retried);
    }

    State ended(RunOutcome outcome, String why) {
        return new State(null, stepCount, clockMinutes, online, profileDownloaded, espMinutes, lastStepOutcome,
                outcome, errorCode, why == null ? diagnostic : why, failed || outcome == RunOutcome.FAILED, failedAt,
                choicesUsed, retried);
    }
}
