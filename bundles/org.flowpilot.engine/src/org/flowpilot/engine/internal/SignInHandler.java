package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Screen;

/**
 * The Microsoft Entra sign-in page: the assigned user's name pre-filled, Next (Windows 10) or Sign in (Windows 11);
 * the technician presses the Windows key here instead, and without anybody at the device the page waits.
 */
final class SignInHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        List<String> buttons = run.buttons(Screen.ENTRA_SIGN_IN);
        String user = run.userName();
        String prefilled = user == null ? "No user is assigned: the person types the user name."
                : "The assigned user's name is pre-filled (" + user + ").";
        State after = before;
        String reason;
        if (run.mode == RunContext.Mode.TECHNICIAN) {
            reason = "The technician does not sign in or select " + buttons.get(0) + " here but presses the Windows key"
                    + " five times (technician-flow.md step 4)." + (user == null ? ""
                            : " The assigned user's name is pre-filled (" + user + ").");
        } else if (!run.userPresent()) {
            reason = "Nobody is at the device to sign in: the Microsoft Entra sign-in page waits. " + prefilled;
            after = before.ended(RunOutcome.BLOCKED, null);
        } else {
            reason = "Microsoft Entra sign-in" + (run.hybrid ? " with the Entra (not on-premises) credentials" : "")
                    + ", then " + buttons.get(0) + " (Windows " + (run.windows11 ? "11" : "10") + "). " + prefilled;
        }
        return Taken.follow(Shown.screen(Screen.ENTRA_SIGN_IN, buttons, reason).withUsername(user), after);
    }
}
