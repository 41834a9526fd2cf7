package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Screen;

/** The steps that end a deployment without a choice: Reseal (technician-flow.md) and the desktop. */
final class EndHandler implements StepHandler {

    private final RunOutcome outcome;

    private EndHandler(RunOutcome outcome) {
        this.outcome = outcome;
    }

    static EndHandler reseal() {
        return new EndHandler(RunOutcome.RESEALED);
    }

    static EndHandler desktop() {
        return new EndHandler(RunOutcome.DESKTOP);
    }

    @Override
    public Taken take(Node node, State before, RunContext run) {
        Shown shown = outcome == RunOutcome.RESEALED
                ? Shown.ran("Reseal shuts the device down; it is ready to ship to the user.")
                : Shown.screen(Screen.DESKTOP, List.of(), "Setup is complete: the desktop appears.");
        return Taken.follow(shown, before.ended(outcome, null));
    }
}
