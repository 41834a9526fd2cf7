package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.Screen;

/** "What would you like to do?" after the Windows key five times (technician-flow.md). */
final class ProvisioningMenuHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        List<String> buttons = run.buttons(Screen.PROVISIONING_MENU);
        return Taken.follow(Shown.screen(Screen.PROVISIONING_MENU, buttons, "Windows key pressed five times: \"What"
                + " would you like to do?\"; the technician picks " + buttons.get(0) + " and selects " + buttons.get(1)
                + "."), before);
    }
}
