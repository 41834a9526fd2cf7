package org.flowpilot.engine.internal;

import org.flowpilot.engine.Screen;

/**
 * The screens of a hybrid join's Account setup (hybrid-azure-ad-join-deploy-device.md): "Stay signed in to all your
 * apps", keeping "Allow my organization to manage my device", and "You're all set!".
 */
final class AccountScreensHandler implements StepHandler {

    private final Screen screen;

    private AccountScreensHandler(Screen screen) {
        this.screen = screen;
    }

    static AccountScreensHandler staySignedIn() {
        return new AccountScreensHandler(Screen.STAY_SIGNED_IN);
    }

    static AccountScreensHandler allSet() {
        return new AccountScreensHandler(Screen.ALL_SET);
    }

    @Override
    public Taken take(Node node, State before, RunContext run) {
        if (screen == Screen.STAY_SIGNED_IN) {
            return Taken.follow(Shown.screen(screen, run.buttons(screen), "Stay signed in to all your apps: keep"
                    + " \"Allow my organization to manage my device\" and select OK.").withUsername(run.userName()),
                    before);
        }
        return Taken.follow(Shown.screen(screen, run.buttons(screen), "You're all set!: select Done."), before);
    }
}
