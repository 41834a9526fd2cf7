package org.flowpilot.engine.internal;

import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepStatus;

/**
 * The Enrollment Status Page's error page, added by the engine after a phase fails or times out: the configuration's
 * message and buttons (windows-enrollment-status.md), where the scenario's next choice is pressed.
 */
final class EspErrorHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        Shown shown = Shown.screen(Screen.ESP_ERROR, run.espErrorButtons, "The Enrollment Status Page shows its error"
                + " with the buttons its configuration allows.").withStatus(StepStatus.FAILED)
                .withMessage(run.espMessage).withErrorCode(before.errorCode());
        return FailurePage.press(shown, before, run, run.flow.espError, Screen.ESP_ERROR);
    }
}
