package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.Screen;

/** The pre-provisioning configuration page: organization, profile, assigned user and a QR code (technician-flow.md). */
final class PreProvisionConfigurationHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        Screen screen = Screen.PRE_PROVISION_CONFIGURATION;
        List<String> buttons = run.buttons(screen);
        return Taken.follow(Shown.screen(screen, buttons, screen.title(run.scenario.windows()) + ": the technician"
                + " checks the organization, profile and assigned user, then selects " + buttons.get(1) + ".")
                .withUsername(run.userName()).withMessage(run.summary() + (screen.showsQrCode(run.scenario.windows())
                        ? " QR code with the device's unique id." : "")),
                before);
    }
}
