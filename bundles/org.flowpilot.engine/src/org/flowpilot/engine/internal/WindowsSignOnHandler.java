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
            return Taken.follow(shown.withReason((run.esp.isShowAppAndProfileConfigurationProgress()
                    ? "The ESP is temporarily dismissed and the Windows sign-on screen appears"
                    : "The Windows sign-on screen appears (the Enrollment Status Page does not)")
                    + ": Ctrl+Alt+Del, then the on-premises domain credentials.").withUsername(account), before);
        }
        String reason = switch (run.mode) {
            case SELF_DEPLOYING -> "Only the device phases ran: the device waits at the Windows sign-on screen;"
                    + (run.userPresent() ? " a user is at the device, and Account setup runs when they sign in."
                            : " Account setup runs when a user signs in later.");
            default -> !onPremises ? "The Windows sign-on screen appears."
                    : !run.esp.isShowAppAndProfileConfigurationProgress() ? "The Enrollment Status Page does not"
                            + " appear, so it offers no Sign out (the documents describe this ending only with the"
                            + " page): at the Windows sign-on screen the user signs in with on-premises credentials."
                    : before.espBypassed() ? "The ESP was bypassed with Continue anyway: at the Windows sign-on screen"
                            + " the user signs in with their on-premises credentials. The documents describe Sign out"
                            + " only at the end of a completed Account setup."
                    : "The user signed out at the end of the ESP: at the Windows sign-on screen they sign in with"
                            + " their on-premises credentials.";
        };
        return Taken.follow(shown.withReason(reason)
                .withUsername(run.mode == RunContext.Mode.SELF_DEPLOYING ? null : account),
                before.ended(RunOutcome.SIGN_ON_SCREEN, null));
    }
}
