package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.Screen;
import org.flowpilot.engine.ScreenControl;
import org.flowpilot.engine.StepStatus;

/**
 * The technician's result screen (technician-flow.md step 9): green with Reseal after a successful technician flow,
 * red with the error, Retry, Reset and the logs after a failure, where the scenario's next choice is pressed; both
 * with the organization, profile, assigned user, the QR code on Windows 10 and the elapsed time.
 */
final class ProvisionResultHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        Screen screen = Screen.PROVISION_RESULT;
        if (!before.failed()) {
            return Taken.follow(Shown.screen(screen, run.buttons(ScreenControl.RESEAL), "Pre-provisioning succeeded"
                    + " (green screen): the technician selects Reseal.").withUsername(run.userName())
                    .withMessage(run.summary() + qrCode(screen, run) + " Elapsed: " + before.clockMinutes()
                            + " min."), before);
        }
        // The red screen offers every control of the result screen but the green screen's Reseal.
        List<String> buttons = Screen.labels(run.scenario.windows(), screen.controls(run.scenario.windows()).stream()
                .filter(control -> control != ScreenControl.RESEAL).toList());
        Shown shown = Shown.screen(screen, buttons, "Pre-provisioning failed (red screen): Retry for an easily fixed"
                + " cause such as the network, or Reset to start over" + (run.windows11
                        ? "; Ctrl+Shift+D then Export Logs for the logs." : "; View diagnostics for the logs."))
                .withStatus(StepStatus.FAILED).withUsername(run.userName()).withErrorCode(before.errorCode())
                .withMessage((before.diagnostic() == null ? "" : before.diagnostic() + " ") + run.summary()
                        + qrCode(screen, run) + " Elapsed: " + before.clockMinutes() + " min.");
        return FailurePage.press(shown, before, run, run.flow.provisionFailure, screen);
    }

    // Both result screens show the QR code on Windows 10 only (technician-flow.md step 9), as the catalogue says.
    private static String qrCode(Screen screen, RunContext run) {
        return screen.showsQrCode(run.scenario.windows()) ? " QR code with the device's unique id." : "";
    }
}
