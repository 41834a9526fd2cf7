package org.flowpilot.engine.internal;

import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.ScreenKind;

/**
 * Country or region, keyboard and additional keyboard layouts: hidden when the profile presets them, except before
 * the profile is downloaded, when they are needed to connect (network-connectivity.md).
 */
final class LocaleScreenHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        Screen screen = Screen.of(node.screen);
        // The additional layouts screen follows the keyboard screen: it goes when the keyboard is configured.
        ScreenKind setting = node.screen == ScreenKind.ADDITIONAL_KEYBOARD ? ScreenKind.KEYBOARD : node.screen;
        boolean hiddenByProfile = run.hidden.contains(setting);
        Shown shown;
        if (node.beforeProfileDownload || !before.profileDownloaded()) {
            shown = Shown.screen(screen, run.buttons(screen), hiddenByProfile
                    ? "Shown although the profile hides it: without wired connectivity the profile is not downloaded"
                            + " yet, and the screen is needed to connect."
                    : "Shown before the network connection: the screen is needed to connect.");
        } else if (hiddenByProfile) {
            shown = Shown.notShown(screen, StepStatus.SKIPPED, setting == ScreenKind.LANGUAGE_REGION
                    ? "Hidden by the profile: Language (Region) is set to "
                            + run.profile.getLanguageRegion().getLiteral() + "."
                    : "Hidden by the profile: Automatically configure keyboard is Yes.");
        } else {
            shown = Shown.screen(screen, run.buttons(screen), "Shown: the profile lets the person choose.");
        }
        return Taken.follow(shown, before);
    }
}
