package org.flowpilot.preview.internal;

import org.flowpilot.preview.html.HtmlWriter;

/** Lays out the Windows sign-on screen: the wallpaper, the clock, the account and the prompt with its key button. */
final class SignOnLayout {

    private SignOnLayout() {
    }

    static void write(HtmlWriter html, Page.SignOn page) {
        Layout.openScreen(html, page, "signon", null);
        html.element("h1", page.title(), "class", "visually-hidden");
        html.open("div", "class", "wallpaper", "aria-hidden", "true").open("div", "class", "hill").close("div")
                .close("div");
        html.open("div", "class", "clock").element("span", page.time(), "class", "time")
                .element("span", page.date(), "class", "date").close("div");
        html.open("div", "class", "account");
        html.open("div", "class", "avatar").raw(Icons.AVATAR).close("div");
        if (page.userName() != null) {
            html.element("p", page.userName(), "class", "account-name");
        }
        if (!page.message().isEmpty()) {
            html.element("p", page.message(), "class", "message");
        }
        Layout.actions(html, page.buttons());
        html.close("div");
        html.open("div", "class", "tray", "aria-hidden", "true").raw(Icons.WIFI).raw(Icons.ACCESSIBILITY)
                .raw(Icons.POWER).close("div");
        html.close("section");
    }
}
