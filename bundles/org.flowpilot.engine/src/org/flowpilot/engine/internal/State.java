package org.flowpilot.engine.internal;

import java.util.Optional;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunState;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcome;

/**
 * The immutable state of a run; {@code next} is null once the run has ended. {@code failedAt} is the step whose
 * failure the failure page is about, {@code choicesUsed} how many of the scenario's failure choices were pressed, and
 * {@code retried} whether a Retry or Reset happened (so failures that strike once are spent), {@code espBypassed}
 * whether Continue anyway bypassed the ESP, and {@code reenrollmentBlocked} whether a Reset left a device that cannot
 * enroll through Autopilot again. Handlers derive the state after a step with the methods below, each giving a new
 * state.
 */
record State(Node next, int stepCount, int clockMinutes, boolean online, boolean profileDownloaded, int espMinutes,
        StepOutcome lastStepOutcome, RunOutcome endedWith, String errorCode, String diagnostic, boolean failed,
        Node failedAt, int choicesUsed, boolean retried, boolean espBypassed, boolean reenrollmentBlocked)
        implements RunState {

    static State initial(Node start) {
        return new State(start, 0, 0, false, false, 0, null, null, null, null, false, null, 0, false, false, false);
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
                endedWith, errorCode, diagnostic, failed, failedAt, choicesUsed, retried, espBypassed,
                reenrollmentBlocked);
    }

    /** The run ends here; a failed or blocked run counts as failed. */
    State ended(RunOutcome outcome, String why) {
        return new State(null, stepCount, clockMinutes, online, profileDownloaded, espMinutes, lastStepOutcome,
                outcome, errorCode, why == null ? diagnostic : why, failed || outcome == RunOutcome.FAILED
                        || outcome == RunOutcome.BLOCKED, failedAt, choicesUsed, retried, espBypassed,
                reenrollmentBlocked);
    }

    /** One more step, which took {@code minutes} on the clock. */
    State stepped(int minutes) {
        return new State(next, stepCount + 1, clockMinutes + minutes, online, profileDownloaded, espMinutes,
                lastStepOutcome, endedWith, errorCode, diagnostic, failed, failedAt, choicesUsed, retried, espBypassed,
                reenrollmentBlocked);
    }

    /** {@code minutes} more on the clock. */
    State later(int minutes) {
        return minutes == 0 ? this : new State(next, stepCount, clockMinutes + minutes, online, profileDownloaded,
                espMinutes, lastStepOutcome, endedWith, errorCode, diagnostic, failed, failedAt, choicesUsed, retried,
                espBypassed, reenrollmentBlocked);
    }

    /** The device is online and has downloaded its Autopilot profile. */
    State connected() {
        return new State(next, stepCount, clockMinutes, true, true, espMinutes, lastStepOutcome, endedWith, errorCode,
                diagnostic, failed, failedAt, choicesUsed, retried, espBypassed, reenrollmentBlocked);
    }

    /** The step ended with {@code outcome}, for the transitions that test it. */
    State withOutcome(StepOutcome outcome) {
        return new State(next, stepCount, clockMinutes, online, profileDownloaded, espMinutes, outcome, endedWith,
                errorCode, diagnostic, failed, failedAt, choicesUsed, retried, espBypassed, reenrollmentBlocked);
    }

    /** The ESP installed for {@code minutes} (counted against its timeout) and the clock moved as much. */
    State installed(int minutes) {
        return new State(next, stepCount, clockMinutes + minutes, online, profileDownloaded, espMinutes + minutes,
                lastStepOutcome, endedWith, errorCode, diagnostic, failed, failedAt, choicesUsed, retried, espBypassed,
                reenrollmentBlocked);
    }

    /** {@code step} failed with {@code code} (or none) and {@code why}: a failure page will be about it. */
    State failedAt(Node step, StepOutcome outcome, String code, String why) {
        return new State(next, stepCount, clockMinutes, online, profileDownloaded, espMinutes, outcome, endedWith,
                code, why, true, step, choicesUsed, retried, espBypassed, reenrollmentBlocked);
    }

    /** The run cannot go on for a reason that needs no failure page. */
    State diagnosed(String why) {
        return new State(next, stepCount, clockMinutes, online, profileDownloaded, espMinutes, lastStepOutcome,
                endedWith, errorCode, why, failed, failedAt, choicesUsed, retried, espBypassed, reenrollmentBlocked);
    }

    /** The person pressed one more of the scenario's failure choices. */
    State pressed() {
        return new State(next, stepCount, clockMinutes, online, profileDownloaded, espMinutes, lastStepOutcome,
                endedWith, errorCode, diagnostic, failed, failedAt, choicesUsed + 1, retried, espBypassed,
                reenrollmentBlocked);
    }

    /**
     * Retry: the failure is left behind and the failed step runs again with the whole ESP timeout; failures that
     * strike once are spent.
     */
    State retrying() {
        return new State(next, stepCount, clockMinutes, online, profileDownloaded, 0, null, endedWith, null, null,
                false, failedAt, choicesUsed, true, espBypassed, reenrollmentBlocked);
    }

    /**
     * Reset: as {@link #retrying()}, and the device starts over offline, without its profile, its ESP no longer
     * bypassed; {@code blocksReenrollment} when the device cannot enroll through Autopilot again.
     */
    State reset(boolean blocksReenrollment) {
        return new State(next, stepCount, clockMinutes, false, false, 0, null, endedWith, null, null, false, null,
                choicesUsed, true, false, blocksReenrollment);
    }

    /** Continue anyway: the ESP is bypassed, and the failed step counts as done. */
    State continuedAnyway() {
        return new State(next, stepCount, clockMinutes, online, profileDownloaded, espMinutes, StepOutcome.SUCCEEDED,
                endedWith, null, null, false, null, choicesUsed, retried, true, reenrollmentBlocked);
    }
}
