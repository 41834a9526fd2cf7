package org.flowpilot.engine.internal;

import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.query.AutopilotQueries;

/**
 * A screen a profile setting shows or hides: License Terms, Privacy, and the change account options link (which is
 * no screen of its own, so it is never on display).
 */
final class ProfileScreenHandler implements StepHandler {

    private final String setting;

    private ProfileScreenHandler(String setting) {
        this.setting = setting;
    }

    static ProfileScreenHandler licenseTerms() {
        return new ProfileScreenHandler("Microsoft Software License Terms");
    }

    static ProfileScreenHandler privacy() {
        return new ProfileScreenHandler("Privacy settings");
    }

    static ProfileScreenHandler changeAccountOptions() {
        return new ProfileScreenHandler("Hide change account options");
    }

    @Override
    public Taken take(Node node, State before, RunContext run) {
        Screen screen = Screen.of(node.screen);
        if (run.hidden.contains(node.screen)) {
            boolean forced = run.mode == RunContext.Mode.SELF_DEPLOYING
                    && AutopilotQueries.SELF_DEPLOYING_HIDDEN_SCREENS.contains(node.screen);
            return Taken.follow(Shown.notShown(screen, StepStatus.SKIPPED, forced
                    ? "Hidden: self-deploying mode forces it hidden."
                    : "Hidden: " + setting + " is set to Hide in the profile."), before);
        }
        String reason = run.profileModeled ? "Shown: " + setting + " is set to Show in the profile."
                : "Shown: no profile is modeled to hide it.";
        return Taken.follow(screen == null ? Shown.notShown(null, StepStatus.RAN, reason)
                : Shown.screen(screen, run.buttons(screen), reason), before);
    }
}
