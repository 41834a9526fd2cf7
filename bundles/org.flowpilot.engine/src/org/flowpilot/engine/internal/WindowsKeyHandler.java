package org.flowpilot.engine.internal;

/**
 * The technician presses the Windows key five times at the Microsoft Entra sign-in page; in a flow without the menu
 * screen, the step stands for the menu too.
 */
final class WindowsKeyHandler implements StepHandler {

    private final StepHandler menu;

    WindowsKeyHandler(StepHandler menu) {
        this.menu = menu;
    }

    @Override
    public Taken take(Node node, State before, RunContext run) {
        if (!run.flow.hasProvisioningMenuScreen) {
            return menu.take(node, before, run);
        }
        return Taken.follow(Shown.ran("At the Microsoft Entra sign-in page, instead of signing in, the technician"
                + " presses the Windows key five times (technician-flow.md step 4)."), before);
    }
}
