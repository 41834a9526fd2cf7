package org.flowpilot.engine.internal;

/** The technician presses the Windows key five times; in a flow without the menu screen, it stands for the menu. */
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
        return Taken.follow(Shown.ran("On the first OOBE screen the technician presses the Windows key five times."),
                before);
    }
}
