package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepStatus;

/** Multifactor authentication, when the user must pass it. */
final class MfaHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        return Taken.follow(run.scenario.mfa()
                ? Shown.screen(Screen.MFA, List.of(), "Multifactor authentication is required for the user.")
                : Shown.notShown(Screen.MFA, StepStatus.SKIPPED, "MFA is not required in this scenario."), before);
    }
}
