package org.flowpilot.preview.internal;

import org.flowpilot.preview.html.HtmlWriter;

/**
 * Lays out the pre-provisioning result: the green success page or the red failure page, with the organization,
 * profile, user and elapsed time, the QR code where the Windows version shows one, and the buttons.
 */
final class ResultLayout {

    private ResultLayout() {
    }

    static void write(HtmlWriter html, Page.Result page) {
        Layout.openScreen(html, page, "result", page.succeeded() ? "result-success" : "result-failure");
        html.open("div", "class", "backdrop", "aria-hidden", "true").close("div");
        html.open("div", "class", "card");
        Layout.lead(html, page.succeeded() ? Art.SUCCESS : Art.FAILURE, page.title(), page.message());
        html.open("div", "class", "body");
        html.open("div", "class", page.qrPayload() == null ? "details-only" : "details-with-qr");
        Layout.details(html, page.details());
        if (page.qrPayload() != null) {
            html.open("div", "class", "qr-box").raw(QrPattern.svg(page.qrPayload(), "QR code")).close("div");
        }
        html.close("div");
        if (page.errorCode() != null) {
            html.element("p", page.errorCode(), "class", "error-code");
        }
        if (page.keyHint() != null) {
            html.open("p", "class", "hint").element("kbd", page.keyHint()).close("p");
        }
        html.close("div");
        Layout.actions(html, page.buttons());
        html.close("div");
        html.close("section");
    }
}
