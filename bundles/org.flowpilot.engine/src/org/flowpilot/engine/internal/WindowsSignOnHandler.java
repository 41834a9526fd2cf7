package org.flowpilot.engine.internal;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Screen;
import org.flowpilot.model.WindowsSignOnStep;

/**
 * The Windows sign-on screen: inside a hybrid join's ESP (Ctrl+Alt+Del and the domain credentials) when the flow
 * goes on from it, else where the deployment ends (hybrid join after Sign out, self-deploying).
 */
final class WindowsSignOnHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        boolean onPremises = ((WindowsSignOnStep) node.step).isOnPremisesCredentials();
        String account = run.user == null ? null
                : onPremises && run.user.onPremisesAccount() != null ? run.user.onPremisesAccount()
                        : run.user.userPrincipalName();
        Shown shown = Shown.screen(Screen.WINDOWS_SIGN_ON, run.buttons(Screen.WINDOWS_SIGN_ON), null);
        if (node.edges.length > 0) {
            return Taken.follow(shown.withReason("The ESP is temporarily dismissed and the Windows sign-on screen"
                    + " appears: Ctrl+Alt+Del, then the on-premises domain credentials.").withUsername(account), before);
        }
        String reason = switch (run.mode) {
            case SELF_DEPLOYING -> "Only the device phases ran: the device waits at the Windows sign-on screen;"
                    + (run.userPresent() ? " a user is at the device, and Account setup runs when they sign in."
                            : " Account setup runs when a user signs in later.");
            default -> onPremises ? "The user signed out at the end of the ESP: at the Windows sign-on screen they"
                    + " sign in with their on-premises credentials." : "The Windows sign-on screen appears.";
        };
        return Taken.follow(shown.withReason(reason)
                .withUsername(run.mode == RunContext.Mode.SELF_DEPLOYING ? null : account),
                before.ended(RunOutcome.SIGN_ON_SCREEN, null));
    }
}
