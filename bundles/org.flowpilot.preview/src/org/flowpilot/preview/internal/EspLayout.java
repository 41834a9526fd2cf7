package org.flowpilot.preview.internal;

import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.html.HtmlWriter;
import org.flowpilot.preview.internal.Page.EspItem;
import org.flowpilot.preview.internal.Page.EspPhase;

/**
 * Lays out the Enrollment Status Page: the three phases, each with its state icon, name, worded state and details
 * toggle (Show details / Hide details on Windows 10, a chevron on Windows 11), the open phase's tracked items, and
 * the error with its buttons.
 */
final class EspLayout {

    private EspLayout() {
    }

    static void write(HtmlWriter html, Page.Esp page) {
        Layout.openScreen(html, page, "esp", page.error() == null ? null : "has-error");
        html.open("div", "class", "backdrop", "aria-hidden", "true").close("div");
        html.open("div", "class", "card");
        Layout.lead(html, Art.SETUP, page.title(), page.message());
        html.open("div", "class", "body");
        html.open("ol", "class", "phases");
        for (EspPhase phase : page.phases()) {
            phase(html, page.windows(), page.screenId(), phase);
        }
        html.close("ol");
        if (page.error() != null) {
            html.open("div", "class", "esp-error", "role", "alert");
            html.element("p", page.error().message(), "class", "error-message");
            if (page.error().errorCode() != null) {
                html.element("p", page.error().errorCode(), "class", "error-code");
            }
            html.close("div");
        }
        html.close("div");
        Layout.actions(html, page.buttons());
        html.close("div");
        Layout.tray(html);
        html.close("section");
    }

    private static void phase(HtmlWriter html, WindowsVersion windows, String screenId, EspPhase phase) {
        String itemsId = screenId + "-" + phase.id() + "-items";
        html.open("li", "class", "phase" + (phase.expanded() ? " expanded" : ""), "data-esp-phase", phase.id(),
                "data-state", phase.state().id());
        html.open("div", "class", "phase-head");
        html.open("span", "class", "state-icon").raw(Icons.state(phase.state())).close("span");
        html.open("span", "class", "phase-text").element("span", phase.name(), "class", "phase-name");
        if (!phase.status().isEmpty()) {
            html.element("span", phase.status(), "class", "phase-status");
        }
        html.close("span");
        if (phase.toggle() != null) {
            String expanded = Boolean.toString(phase.expanded());
            if (windows == WindowsVersion.WINDOWS10) {
                html.element("button", phase.toggle().label(), "type", "button", "class", "toggle link",
                        "data-button", phase.toggle().id(), "aria-expanded", expanded, "aria-controls", itemsId);
            } else {
                html.open("button", "type", "button", "class", "toggle chevron", "data-button", phase.toggle().id(),
                        "aria-label", phase.toggle().label(), "aria-expanded", expanded, "aria-controls", itemsId)
                        .raw(phase.expanded() ? Icons.CHEVRON_UP : Icons.CHEVRON_DOWN).close("button");
            }
        }
        html.close("div");
        html.open("ul", "class", "items", "id", itemsId, "hidden", phase.expanded() ? null : "hidden");
        for (EspItem item : phase.items()) {
            html.open("li", "class", "item", "data-state", item.state().id(), "title",
                    item.detail().isEmpty() ? null : item.detail());
            html.open("span", "class", "state-icon").raw(Icons.state(item.state())).close("span");
            html.element("span", item.label(), "class", "item-label");
            if (!item.status().isEmpty()) {
                html.text(" ").element("span", item.status(), "class", "item-status");
            }
            html.close("li");
        }
        html.close("ul");
        html.close("li");
    }
}
