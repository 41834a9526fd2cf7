package org.flowpilot.engine.internal;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemOutcome;
import org.flowpilot.engine.TrackedItemRecord;

/**
 * What one ESP phase installs, item after item, against the one ESP timeout of the run (windows-enrollment-status.md):
 * an item that fails stops the ESP, one that hangs or runs past the timeout times it out.
 *
 * @param items what became of each item, in order, up to the one that stopped the phase
 * @param status how the phase ended
 * @param why why it failed or timed out, or null
 * @param after the state after the installation: the clock and the ESP's minutes moved on
 */
record EspInstallation(List<TrackedItemRecord> items, StepStatus status, String why, State after) {

    /**
     * Installs {@code plans} from {@code before}; an ESP that does not hold the person ({@code waits} false: turned
     * off, or not blocking device use) installs without waiting or failing.
     */
    static EspInstallation install(List<RunContext.ItemPlan> plans, State before, RunContext run, boolean waits,
            boolean timesOut, boolean networkLost) {
        int timeout = run.espTimeoutMinutes;
        List<TrackedItemRecord> records = new ArrayList<>(plans.size());
        State state = before;
        StepStatus status = StepStatus.RAN;
        String why = null;
        if (waits && timesOut) {
            status = StepStatus.TIMED_OUT;
            why = "Installation took longer than " + timeout + " minutes.";
        }
        if (waits && networkLost) {
            status = StepStatus.TIMED_OUT;
            why = "The network connection was lost: nothing more downloads, and installation took longer than "
                    + timeout + " minutes.";
        }
        for (int i = 0; i < plans.size() && status == StepStatus.RAN; i++) {
            RunContext.ItemPlan plan = plans.get(i);
            switch (plan.behaviour()) {
                case NOT_TRACKED, NOT_NEEDED, NOT_BLOCKING, NOT_BLOCKING_FAILS, DEFERRED, NOT_WAITED,
                        NOT_WAITED_FAILS ->
                    records.add(record(plan, 0, untracked(plan.behaviour())));
                case HANGS -> {
                    records.add(record(plan, waits ? Math.max(0, timeout - state.espMinutes()) : 0,
                            TrackedItemOutcome.HUNG));
                    if (waits) {
                        status = StepStatus.TIMED_OUT;
                        why = plan.name() + " never finished; installation took longer than " + timeout + " minutes.";
                    }
                }
                case FAILS, FAILS_ONCE, SUCCEEDS -> {
                    if (waits && state.espMinutes() + plan.minutes() > timeout) {
                        records.add(record(plan, timeout - state.espMinutes(), TrackedItemOutcome.TIMED_OUT));
                        status = StepStatus.TIMED_OUT;
                        why = "Installation took longer than " + timeout + " minutes, during " + plan.name() + ".";
                    } else {
                        state = state.installed(plan.minutes());
                        // A failure that strikes once is spent after a Retry or Reset.
                        boolean fails = plan.behaviour() == RunContext.Behaviour.FAILS
                                || plan.behaviour() == RunContext.Behaviour.FAILS_ONCE && !before.retried();
                        records.add(record(plan, plan.minutes(),
                                fails ? TrackedItemOutcome.FAILED : TrackedItemOutcome.SUCCEEDED));
                        if (fails && waits) {
                            status = StepStatus.FAILED;
                            why = plan.name() + " failed to install" + (plan.cause() == null ? ""
                                    : ": " + plan.cause()) + "; the ESP stops installing.";
                        }
                    }
                }
            }
        }
        if (status == StepStatus.TIMED_OUT) {
            // The ESP waits out its timeout before it shows the error.
            state = state.installed(Math.max(0, timeout - state.espMinutes()));
        }
        return new EspInstallation(records, status, why, state);
    }

    private static TrackedItemRecord record(RunContext.ItemPlan plan, int minutes, TrackedItemOutcome outcome) {
        return new TrackedItemRecord(plan.item(), plan.name(), plan.kind(), minutes, outcome);
    }

    private static TrackedItemOutcome untracked(RunContext.Behaviour behaviour) {
        return switch (behaviour) {
            case NOT_TRACKED -> TrackedItemOutcome.NOT_TRACKED;
            case NOT_NEEDED -> TrackedItemOutcome.NOT_NEEDED;
            case NOT_BLOCKING -> TrackedItemOutcome.INSTALLED_NOT_BLOCKING;
            case NOT_BLOCKING_FAILS -> TrackedItemOutcome.FAILED_NOT_BLOCKING;
            case DEFERRED -> TrackedItemOutcome.DEFERRED_TO_USER_FLOW;
            case NOT_WAITED -> TrackedItemOutcome.NOT_WAITED_FOR;
            case NOT_WAITED_FAILS -> TrackedItemOutcome.FAILED_NOT_BLOCKING;
            default -> throw new IllegalArgumentException(behaviour + " is tracked");
        };
    }
}
