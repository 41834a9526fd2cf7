package org.flowpilot.preview.internal;

import java.util.List;

import org.flowpilot.preview.html.HtmlWriter;
import org.flowpilot.preview.internal.Page.Extra;
import org.flowpilot.preview.spi.ScreenContent;
import org.flowpilot.preview.spi.ScreenField;

/**
 * Lays out an out-of-box experience page: the illustration, title and message in the lead pane, the choices, text
 * box, details, document or switches in the body pane, the buttons at the bottom right.
 */
final class OobeLayout {

    /** How many text lines stand for a document's words. */
    private static final int DOCUMENT_LINES = 14;

    private OobeLayout() {
    }

    static void write(HtmlWriter html, Page.Oobe page) {
        ScreenContent content = page.content();
        Layout.openScreen(html, page, "oobe", page.art() == Art.NETWORK ? "networks" : null);
        html.open("div", "class", "backdrop", "aria-hidden", "true").close("div");
        html.open("div", "class", "card");
        Layout.lead(html, page.art(), content.title(), content.message());
        html.open("div", "class", "body");
        choices(html, content, page.art() == Art.NETWORK);
        Layout.options(html, content.buttons());
        if (content.field() != null) {
            field(html, content.field());
        }
        if (page.extra() instanceof Extra.Qr qr) {
            html.open("div", "class", "details-with-qr");
            Layout.details(html, content.details());
            html.open("div", "class", "qr-box").raw(QrPattern.svg(qr.payload(), "QR code")).close("div");
            html.close("div");
        } else {
            Layout.details(html, content.details());
        }
        if (page.extra() instanceof Extra.Document document) {
            document(html, document);
        } else if (page.extra() instanceof Extra.Switches switches) {
            switches(html, switches.labels());
        } else if (page.extra() instanceof Extra.Checks checks) {
            checks(html, checks.labels());
        }
        html.close("div");
        Layout.actions(html, content.buttons());
        html.close("div");
        Layout.tray(html);
        html.close("section");
    }

    private static void choices(HtmlWriter html, ScreenContent content, boolean networks) {
        List<String> rows = content.choices();
        if (rows.isEmpty()) {
            return;
        }
        html.open("ul", "class", "choices", "role", "listbox", "aria-label", content.title());
        for (int i = 0; i < rows.size(); i++) {
            boolean selected = i == content.selectedChoice();
            html.open("li", "role", "option", "class", selected ? "choice selected" : "choice", "aria-selected",
                    Boolean.toString(selected));
            if (networks) {
                html.raw(Icons.WIFI);
            }
            html.element("span", rows.get(i), "class", "choice-label").close("li");
        }
        html.close("ul");
    }

    private static void field(HtmlWriter html, ScreenField field) {
        html.open("div", "class", "field");
        html.empty("input", "type", "text", "class", "text-box", "data-field", field.id(), "aria-label", field.label(),
                "value", field.value(), "placeholder", field.placeholder().isEmpty() ? null : field.placeholder(),
                "readonly", "readonly");
        html.close("div");
    }

    private static void document(HtmlWriter html, Extra.Document document) {
        html.open("div", "class", "document", "role", "document", "aria-label", document.heading());
        html.element("p", document.heading(), "class", "document-heading");
        for (int i = 0; i < DOCUMENT_LINES; i++) {
            // Lines of varying length stand for the text, which the preview does not reproduce.
            html.open("span", "class", "line line-" + (i % 4), "aria-hidden", "true").close("span");
        }
        html.close("div");
    }

    private static void checks(HtmlWriter html, List<String> labels) {
        html.open("ul", "class", "checks");
        for (String label : labels) {
            html.open("li", "class", "check-row");
            html.open("span", "class", "check on", "role", "checkbox", "aria-checked", "true", "aria-label", label)
                    .raw(Icons.TICK).close("span");
            html.element("span", label, "class", "check-label").close("li");
        }
        html.close("ul");
    }

    private static void switches(HtmlWriter html, List<String> labels) {
        html.open("ul", "class", "switches");
        for (String label : labels) {
            html.open("li", "class", "switch-row");
            html.open("span", "class", "switch on", "role", "switch", "aria-checked", "true", "aria-label", label)
                    .close("span");
            html.element("span", label, "class", "switch-label").close("li");
        }
        html.close("ul");
    }
}
