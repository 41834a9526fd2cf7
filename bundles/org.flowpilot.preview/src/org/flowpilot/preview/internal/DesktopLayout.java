package org.flowpilot.preview.internal;

import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.html.HtmlWriter;

/**
 * Lays out the desktop: the wallpaper, a desktop icon and the taskbar (left-aligned with a search box on Windows 10,
 * centred on Windows 11) with the clock. The taskbar's labels are the shell's own, not Autopilot wording.
 */
final class DesktopLayout {

    private static final String START = "Start";
    private static final String SEARCH = "Search";
    private static final String SEARCH_BOX_10 = "Type here to search";
    private static final String RECYCLE_BIN = "Recycle Bin";

    private DesktopLayout() {
    }

    static void write(HtmlWriter html, Page.Desktop page) {
        boolean windows10 = page.windows() == WindowsVersion.WINDOWS10;
        Layout.openScreen(html, page, "desktop", null);
        html.element("h1", page.title(), "class", "visually-hidden");
        html.open("div", "class", "wallpaper", "aria-hidden", "true").open("div", "class", "glow").close("div")
                .close("div");
        html.open("ul", "class", "desktop-icons").open("li").raw(Icons.RECYCLE_BIN)
                .element("span", RECYCLE_BIN).close("li").close("ul");
        html.open("div", "class", "taskbar");
        html.open("div", "class", "taskbar-apps");
        html.open("button", "type", "button", "class", "start", "data-button", "start", "aria-label", START)
                .raw(windows10 ? Icons.START_10 : Icons.START_11).close("button");
        if (windows10) {
            html.open("div", "class", "search-box").raw(Icons.SEARCH).element("span", SEARCH_BOX_10).close("div");
        } else {
            html.open("button", "type", "button", "class", "search", "data-button", "search", "aria-label", SEARCH)
                    .raw(Icons.SEARCH).close("button");
        }
        html.open("span", "class", "pinned", "aria-hidden", "true").raw(Icons.FOLDER).raw(Icons.BROWSER)
                .raw(Icons.STORE).close("span");
        html.close("div");
        html.open("div", "class", "systray").open("span", "class", "tray-icons", "aria-hidden", "true")
                .raw(Icons.WIFI).raw(Icons.VOLUME).raw(Icons.BATTERY).close("span");
        html.open("span", "class", "clock").element("span", page.time(), "class", "time")
                .element("span", page.date(), "class", "date").close("span");
        html.close("div");
        html.close("div");
        html.close("section");
    }
}
