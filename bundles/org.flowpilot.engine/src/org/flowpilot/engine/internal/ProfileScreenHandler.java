package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.query.AutopilotQueries;

/**
 * A screen a profile setting shows or hides: License Terms, Privacy, and the change account options link (which is
 * no screen of its own, so it is never on display).
 */
final class ProfileScreenHandler implements StepHandler {

    private final String hiddenBecause;

    private ProfileScreenHandler(String hiddenBecause) {
        this.hiddenBecause = hiddenBecause;
    }

    static ProfileScreenHandler licenseTerms() {
        return new ProfileScreenHandler("Microsoft Software License Terms is set to Hide in the profile");
    }

    static ProfileScreenHandler privacy() {
        return new ProfileScreenHandler("Privacy settings is set to Hide in the profile");
    }

    static ProfileScreenHandler changeAccountOptions() {
        return new ProfileScreenHandler("Hide change account options is set to Hide in the profile");
    }

    @Override
    public Taken take(Node node, State before, RunContext run) {
        Screen screen = Screen.of(node.screen);
        if (run.hidden.contains(node.screen)) {
            boolean forced = run.mode == RunContext.Mode.SELF_DEPLOYING
                    && AutopilotQueries.SELF_DEPLOYING_HIDDEN_SCREENS.contains(node.screen);
            return Taken.follow(Shown.notShown(screen, StepStatus.SKIPPED, forced
                    ? "Hidden: self-deploying mode forces it hidden." : "Hidden: " + hiddenBecause + "."), before);
        }
        String reason = "Shown: the profile does not hide it.";
        return Taken.follow(screen == null ? Shown.notShown(null, StepStatus.RAN, reason)
                : Shown.screen(screen, run.buttons(screen), reason), before);
    }

    static List<ScreenKind> screens() {
        return List.of(ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY, ScreenKind.CHANGE_ACCOUNT_OPTIONS);
    }
}
