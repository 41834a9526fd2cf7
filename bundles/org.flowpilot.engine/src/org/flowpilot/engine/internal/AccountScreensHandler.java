package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.Screen;

/**
 * The screens of a hybrid join's Account setup (hybrid-azure-ad-join-deploy-device.md step 8): once the ESP appears
 * again after the domain sign-on, "Stay signed in to all your apps", keeping "Allow my organization to manage my
 * device", and "You're all set!". They come during Account setup, so their records name that phase; Account setup
 * completes after them, and only then does the user select Sign out (step 9).
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
        String during = run.esp.isShowAppAndProfileConfigurationProgress()
                ? "During Account setup: the ESP appears again after the domain sign-on and, after a short time,"
                : "During Account setup (the Enrollment Status Page itself does not appear): after the domain sign-on";
        Shown shown = Shown.screen(screen, run.buttons(screen), screen == Screen.STAY_SIGNED_IN
                ? during + " the Microsoft Entra sign-in page might ask for the Entra credentials (with AD FS single"
                        + " sign-on it may not); then \"Stay signed in to all your apps\": keep \"Allow my"
                        + " organization to manage my device\" and select OK."
                : "During Account setup: \"You're all set!\": select Done. Account setup goes on until it completes.")
                .inPhase(EspPhaseId.ACCOUNT_SETUP, true, List.of());
        return Taken.follow(screen == Screen.STAY_SIGNED_IN ? shown.withUsername(run.userName()) : shown, before);
    }
}
