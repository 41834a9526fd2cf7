package org.flowpilot.preview.tests;

import java.util.List;

import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.internal.Art;
import org.flowpilot.preview.internal.Page;
import org.flowpilot.preview.internal.Page.EspError;
import org.flowpilot.preview.internal.Page.EspItem;
import org.flowpilot.preview.internal.Page.EspPhase;
import org.flowpilot.preview.internal.Page.Extra;
import org.flowpilot.preview.internal.Page.State;
import org.flowpilot.preview.spi.ButtonRole;
import org.flowpilot.preview.spi.ScreenButton;
import org.flowpilot.preview.spi.ScreenContent;
import org.flowpilot.preview.spi.ScreenDetail;
import org.flowpilot.preview.spi.ScreenField;

/**
 * One page of every layout and variant, filled with placeholder words: the layouts are tested here on their own,
 * apart from the wording the engine's screen catalogue gives them.
 */
final class PageSamples {

    private PageSamples() {
    }

    /** Every sample page in {@code windows}. */
    static List<Page> all(WindowsVersion windows) {
        return List.of(choices(windows), field(windows, "placeholder-user"), field(windows, null),
                document(windows), switches(windows), qr(windows), esp(windows, null),
                esp(windows, new EspError("Error message", "0x00000001")), result(windows, true),
                result(windows, false), signOn(windows), desktop(windows));
    }

    static Page.Oobe choices(WindowsVersion windows) {
        return new Page.Oobe(windows, Art.GLOBE, ScreenContent.builder("sample-choices", "Choices title")
                .message("Choices message").choice("Row one", false).choice("Row two", true).choice("Row three", false)
                .button(ScreenButton.primary("primary", "Primary")).build(), null);
    }

    static Page.Oobe field(WindowsVersion windows, String value) {
        return new Page.Oobe(windows, Art.ACCOUNT, ScreenContent.builder("sample-field", "Field title")
                .field(new ScreenField("user-name", "Field label", value, "Placeholder"))
                .button(ScreenButton.secondary("back", "Back")).button(ScreenButton.primary("go", "Go")).build(), null);
    }

    static Page.Oobe document(WindowsVersion windows) {
        return new Page.Oobe(windows, Art.DOCUMENT, ScreenContent.builder("sample-document", "Document title")
                .button(ScreenButton.secondary("no", "No")).button(ScreenButton.primary("yes", "Yes")).build(),
                new Extra.Document("Document heading"));
    }

    static Page.Oobe switches(WindowsVersion windows) {
        return new Page.Oobe(windows, Art.PRIVACY, ScreenContent.builder("sample-switches", "Switches title")
                .button(ScreenButton.primary("ok", "OK")).build(),
                new Extra.Switches(List.of("Switch one", "Switch two")));
    }

    static Page.Oobe qr(WindowsVersion windows) {
        return new Page.Oobe(windows, Art.TOOLS, ScreenContent.builder("sample-qr", "Details title")
                .detail("Label one", "Value one").detail("Label two", "Value two")
                .button(ScreenButton.secondary("again", "Again"))
                .button(new ScreenButton("later", "Later", ButtonRole.PRIMARY, false)).build(),
                new Extra.Qr("device-0001"));
    }

    static Page.Esp esp(WindowsVersion windows, EspError error) {
        ScreenButton show = new ScreenButton("show-details", "Show", ButtonRole.LINK, true);
        ScreenButton hide = new ScreenButton("hide-details", "Hide", ButtonRole.LINK, true);
        List<EspPhase> phases = List.of(
                new EspPhase("device-preparation", "Phase one", State.SKIPPED, "Skipped words", List.of(), false, show),
                new EspPhase("device-setup", error == null ? "Phase two" : "Phase two", error == null ? State.RUNNING
                        : State.FAILED, "Running words", List.of(new EspItem("Item one", State.SUCCEEDED, "(1 of 1)", ""),
                                new EspItem("Item two", State.RUNNING, "(0 of 2)", "")), true, hide),
                new EspPhase("account-setup", "Phase three", State.WAITING, "Waiting words", List.of(), false, show));
        List<ScreenButton> buttons = error == null ? List.of()
                : List.of(ScreenButton.secondary("reset", "Reset"), ScreenButton.primary("retry", "Retry"));
        return new Page.Esp(error == null ? "sample-esp" : "sample-esp-error", windows, "Esp title", "Esp message",
                phases, error, buttons);
    }

    static Page.Result result(WindowsVersion windows, boolean succeeded) {
        List<ScreenButton> buttons = succeeded ? List.of(ScreenButton.primary("seal", "Seal"))
                : List.of(ScreenButton.secondary("retry", "Retry"), ScreenButton.secondary("reset", "Reset"));
        return new Page.Result("sample-result", windows, succeeded, "Result title", "Result message",
                List.of(new ScreenDetail("Label", "Value")),
                windows == WindowsVersion.WINDOWS10 ? "device-0001" : null, succeeded ? null : "0x00000002", null,
                buttons);
    }

    static Page.SignOn signOn(WindowsVersion windows) {
        return new Page.SignOn("sample-sign-on", windows, "Sign-on title", "8:57", "Date line", "Account name",
                "Prompt", List.of(ScreenButton.primary("keys", "Keys")));
    }

    static Page.Desktop desktop(WindowsVersion windows) {
        return new Page.Desktop("sample-desktop", windows, "Desktop title", "8:57", "Date line");
    }
}
