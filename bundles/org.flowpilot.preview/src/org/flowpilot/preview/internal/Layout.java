package org.flowpilot.preview.internal;

import java.util.List;

import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.html.HtmlWriter;
import org.flowpilot.preview.spi.ButtonRole;
import org.flowpilot.preview.spi.ScreenButton;
import org.flowpilot.preview.spi.ScreenDetail;

/** What every page layout shares: the screen's section with the markup contract, buttons, details and tray. */
final class Layout {

    private Layout() {
    }

    /** {@code 10} or {@code 11}, as written in {@code data-windows}. */
    static String windowsNumber(WindowsVersion windows) {
        return windows == WindowsVersion.WINDOWS10 ? "10" : "11";
    }

    /** Opens the page's {@code <section class="screen">}; {@code kind} names the layout for the themes. */
    static void openScreen(HtmlWriter html, Page page, String kind, String modifier) {
        String number = windowsNumber(page.windows());
        html.open("section", "class", "screen win" + number + " page-" + kind + (modifier == null ? "" : " " + modifier),
                "data-screen", page.screenId(), "data-windows", number, "aria-label", page.title());
    }

    /**
     * Writes the buttons in a row at the bottom right of the page, leaving out options (see
     * {@link #options(HtmlWriter, List)}); nothing when there are none.
     */
    static void actions(HtmlWriter html, List<ScreenButton> buttons) {
        if (buttons.stream().allMatch(button -> button.role() == ButtonRole.OPTION)) {
            return;
        }
        html.open("div", "class", "actions");
        for (ScreenButton button : buttons) {
            if (button.role() != ButtonRole.OPTION) {
                button(html, button);
            }
        }
        html.close("div");
    }

    /** Writes the option buttons as the rows of a list, the first one picked; nothing when there are none. */
    static void options(HtmlWriter html, List<ScreenButton> buttons) {
        boolean first = true;
        for (ScreenButton button : buttons) {
            if (button.role() != ButtonRole.OPTION) {
                continue;
            }
            if (first) {
                html.open("div", "class", "options", "role", "group");
            }
            html.element("button", button.label(), "type", "button", "class", first ? "btn option picked" : "btn option",
                    "data-button", button.id(), "aria-pressed", Boolean.toString(first), "disabled",
                    button.enabled() ? null : "disabled");
            first = false;
        }
        if (!first) {
            html.close("div");
        }
    }

    /** Writes one button as a {@code <button>} carrying its label as text. */
    static void button(HtmlWriter html, ScreenButton button) {
        html.element("button", button.label(), "type", "button", "class", "btn " + roleClass(button.role()),
                "data-button", button.id(), "disabled", button.enabled() ? null : "disabled");
    }

    private static String roleClass(ButtonRole role) {
        return switch (role) {
            case PRIMARY -> "primary";
            case SECONDARY -> "secondary";
            case LINK -> "link";
            case OPTION -> "option";
        };
    }

    /** Writes labelled values as a description list; nothing when there are none. */
    static void details(HtmlWriter html, List<ScreenDetail> details) {
        if (details.isEmpty()) {
            return;
        }
        html.open("dl", "class", "details");
        for (ScreenDetail detail : details) {
            html.open("div", "class", "detail").element("dt", detail.label()).element("dd", detail.value())
                    .close("div");
        }
        html.close("dl");
    }

    /** The title, message and illustration beside a page's content. */
    static void lead(HtmlWriter html, Art art, String title, String message) {
        html.open("div", "class", "lead");
        if (art != Art.NONE) {
            html.open("div", "class", "art").raw(Icons.art(art)).close("div");
        }
        html.element("h1", title, "class", "title");
        if (!message.isEmpty()) {
            html.element("p", message, "class", "message");
        }
        html.close("div");
    }

    /** The accessibility, sound and network icons at the bottom left of the out-of-box pages. */
    static void tray(HtmlWriter html) {
        html.open("div", "class", "tray", "aria-hidden", "true").raw(Icons.ACCESSIBILITY).raw(Icons.MICROPHONE)
                .raw(Icons.VOLUME).close("div");
    }
}
