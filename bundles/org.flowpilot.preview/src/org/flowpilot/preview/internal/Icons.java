package org.flowpilot.preview.internal;

import org.flowpilot.preview.internal.Page.State;

/**
 * The inline SVG drawings of the previews: line illustrations for the out-of-box pages and the small icons of the
 * ESP, the taskbar and the sign-on screen. Drawn here in {@code currentColor}, so each theme colours them; no image
 * is taken from Windows.
 */
final class Icons {

    private static final String ART_OPEN = "<svg class=\"art-svg\" viewBox=\"0 0 64 64\" aria-hidden=\"true\""
            + " fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\" stroke-linecap=\"round\""
            + " stroke-linejoin=\"round\">";
    private static final String ICON_OPEN = "<svg class=\"icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\""
            + " fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.2\" stroke-linecap=\"round\""
            + " stroke-linejoin=\"round\">";

    private static final String GLOBE = ART_OPEN + "<circle cx=\"32\" cy=\"32\" r=\"24\"/>"
            + "<ellipse cx=\"32\" cy=\"32\" rx=\"10\" ry=\"24\"/><path d=\"M8 32h48M12 20h40M12 44h40M32 8v48\"/></svg>";
    private static final String KEYBOARD = ART_OPEN + "<rect x=\"6\" y=\"18\" width=\"52\" height=\"28\" rx=\"3\"/>"
            + "<path d=\"M12 25h3M19 25h3M26 25h3M33 25h3M40 25h3M47 25h5M12 32h5M21 32h3M28 32h3M35 32h3M42 32h3"
            + "M49 32h3M12 39h5M21 39h22M47 39h5\"/></svg>";
    private static final String NETWORK = ART_OPEN + "<path d=\"M10 26a32 32 0 0 1 44 0M17 33a22 22 0 0 1 30 0"
            + "M24 40a12 12 0 0 1 16 0\"/><circle cx=\"32\" cy=\"47\" r=\"2.5\" fill=\"currentColor\"/></svg>";
    private static final String DOCUMENT = ART_OPEN + "<path d=\"M16 6h24l10 10v42H16z\"/><path d=\"M40 6v10h10"
            + "M22 26h20M22 32h20M22 38h20M22 44h12\"/></svg>";
    private static final String PRIVACY = ART_OPEN + "<path d=\"M32 6l20 8v14c0 14-9 24-20 30C21 52 12 42 12 28V14z\"/>"
            + "<rect x=\"24\" y=\"29\" width=\"16\" height=\"12\" rx=\"2\"/><path d=\"M27 29v-4a5 5 0 0 1 10 0v4\"/>"
            + "</svg>";
    private static final String ACCOUNT = ART_OPEN + "<circle cx=\"26\" cy=\"22\" r=\"9\"/>"
            + "<path d=\"M8 52c0-10 8-17 18-17s14 4 16 8\"/><rect x=\"38\" y=\"38\" width=\"20\" height=\"16\" rx=\"2\"/>"
            + "<path d=\"M44 38v-3h8v3M38 45h20\"/></svg>";
    private static final String PHONE = ART_OPEN + "<rect x=\"20\" y=\"6\" width=\"24\" height=\"52\" rx=\"4\"/>"
            + "<path d=\"M29 52h6M26 30l4 4 8-8\"/></svg>";
    private static final String SETUP = ART_OPEN + "<rect x=\"10\" y=\"14\" width=\"44\" height=\"28\" rx=\"2\"/>"
            + "<path d=\"M4 48h56l-4 4H8z\"/><circle cx=\"32\" cy=\"28\" r=\"5\"/><path d=\"M32 19v3M32 34v3M23 28h3"
            + "M38 28h3M25.6 21.6l2.1 2.1M36.3 32.3l2.1 2.1M25.6 34.4l2.1-2.1M36.3 23.7l2.1-2.1\"/></svg>";
    private static final String TOOLS = ART_OPEN + "<path d=\"M40 8a12 12 0 0 0-11 16L10 43a5 5 0 0 0 7 7l19-19"
            + "a12 12 0 0 0 16-11l-7 4-6-2-2-6z\"/></svg>";
    private static final String SUCCESS = ART_OPEN + "<circle cx=\"32\" cy=\"32\" r=\"24\"/>"
            + "<path d=\"M21 33l8 8 15-16\"/></svg>";
    private static final String FAILURE = ART_OPEN + "<circle cx=\"32\" cy=\"32\" r=\"24\"/>"
            + "<path d=\"M23 23l18 18M41 23L23 41\"/></svg>";
    private static final String PUZZLE = ART_OPEN + "<path d=\"M14 20h10a6 6 0 1 1 12 0h10v10a6 6 0 1 1 0 12v10H36"
            + "a6 6 0 1 0-12 0H14V42a6 6 0 1 0 0-12z\"/></svg>";

    static final String CHECK = ICON_OPEN + "<circle cx=\"8\" cy=\"8\" r=\"6.5\"/><path d=\"M5 8.2l2 2 4-4.2\"/></svg>";
    static final String RUNNING = ICON_OPEN + "<circle cx=\"8\" cy=\"8\" r=\"6.5\" opacity=\".3\"/>"
            + "<path class=\"spin\" d=\"M8 1.5a6.5 6.5 0 0 1 6.5 6.5\" stroke-width=\"1.8\"/></svg>";
    static final String WAITING = ICON_OPEN + "<circle cx=\"8\" cy=\"8\" r=\"6.5\" stroke-dasharray=\"2 2\"/></svg>";
    static final String FAILED = ICON_OPEN + "<circle cx=\"8\" cy=\"8\" r=\"6.5\"/><path d=\"M8 4.5v4.5\"/>"
            + "<circle cx=\"8\" cy=\"11.3\" r=\".4\" fill=\"currentColor\"/></svg>";
    static final String SKIPPED = ICON_OPEN + "<circle cx=\"8\" cy=\"8\" r=\"6.5\"/><path d=\"M5 8h6\"/></svg>";
    static final String TICK = ICON_OPEN + "<path d=\"M3.5 8.5l3 3 6-7\" stroke-width=\"1.8\"/></svg>";
    static final String CHEVRON_DOWN = ICON_OPEN + "<path d=\"M4 6l4 4 4-4\"/></svg>";
    static final String CHEVRON_UP = ICON_OPEN + "<path d=\"M4 10l4-4 4 4\"/></svg>";
    static final String ACCESSIBILITY = ICON_OPEN + "<circle cx=\"8\" cy=\"3\" r=\"1.3\"/><path d=\"M3 5.5l5 1 5-1"
            + "M8 6.5v3.5l-2.5 4M8 10l2.5 4\"/></svg>";
    static final String MICROPHONE = ICON_OPEN + "<rect x=\"6\" y=\"1.5\" width=\"4\" height=\"8\" rx=\"2\"/>"
            + "<path d=\"M3.5 7.5a4.5 4.5 0 0 0 9 0M8 12v2.5\"/></svg>";
    static final String VOLUME = ICON_OPEN + "<path d=\"M2 6h3l3.5-3v10L5 10H2zM11 5.5a3.5 3.5 0 0 1 0 5"
            + "M12.8 3.5a6 6 0 0 1 0 9\"/></svg>";
    static final String WIFI = ICON_OPEN + "<path d=\"M1.5 6a9.5 9.5 0 0 1 13 0M3.8 8.5a6.2 6.2 0 0 1 8.4 0"
            + "M6 11a3 3 0 0 1 4 0\"/><circle cx=\"8\" cy=\"13\" r=\".6\" fill=\"currentColor\"/></svg>";
    static final String WIRED = ICON_OPEN + "<rect x=\"2\" y=\"3\" width=\"12\" height=\"8\" rx=\"1\"/>"
            + "<path d=\"M5 11v2h6v-2M8 13v2\"/></svg>";
    static final String BATTERY = ICON_OPEN + "<rect x=\"1.5\" y=\"5\" width=\"12\" height=\"6\" rx=\"1\"/>"
            + "<path d=\"M14.5 7v2\"/><rect x=\"3\" y=\"6.5\" width=\"7\" height=\"3\" fill=\"currentColor\""
            + " stroke=\"none\"/></svg>";
    static final String SEARCH = ICON_OPEN + "<circle cx=\"6.5\" cy=\"6.5\" r=\"4.5\"/><path d=\"M10 10l4.5 4.5\"/>"
            + "</svg>";
    static final String FOLDER = "<svg class=\"icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">"
            + "<path d=\"M1 3.5h5l1.5 1.5H15v8.5H1z\" fill=\"#f4c04e\"/><path d=\"M1 6h14v7.5H1z\" fill=\"#ffd86e\"/>"
            + "</svg>";
    static final String BROWSER = "<svg class=\"icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">"
            + "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"#3a96dd\"/><path d=\"M1.5 8h13M8 1.5c-2.5 2-2.5 11 0 13"
            + "M8 1.5c2.5 2 2.5 11 0 13\" stroke=\"#fff\" stroke-width=\".9\" fill=\"none\"/></svg>";
    static final String STORE = "<svg class=\"icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">"
            + "<path d=\"M2 5h12l-1 9H3z\" fill=\"#5b9bd5\"/><path d=\"M5.5 5V4a2.5 2.5 0 0 1 5 0v1\" stroke=\"#2e6aa8\""
            + " fill=\"none\" stroke-width=\"1.2\"/></svg>";
    static final String RECYCLE_BIN = "<svg class=\"icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">"
            + "<path d=\"M3.5 4h9l-1 10h-7z\" fill=\"rgba(255,255,255,.75)\" stroke=\"#9fb3c8\" stroke-width=\".6\"/>"
            + "<path d=\"M2.5 4h11M6 2.5h4\" stroke=\"#d9e4ef\" stroke-width=\"1\"/></svg>";
    static final String AVATAR = "<svg class=\"avatar-svg\" viewBox=\"0 0 64 64\" aria-hidden=\"true\">"
            + "<circle cx=\"32\" cy=\"32\" r=\"32\" fill=\"currentColor\" opacity=\".28\"/>"
            + "<circle cx=\"32\" cy=\"25\" r=\"11\" fill=\"#fff\"/><path d=\"M12 54c4-11 12-16 20-16s16 5 20 16"
            + "a31 31 0 0 1-40 0z\" fill=\"#fff\"/></svg>";
    static final String POWER = ICON_OPEN + "<path d=\"M8 1.5v6M4.5 3.8a5.5 5.5 0 1 0 7 0\"/></svg>";

    /** The start glyph: four panes, flat on Windows 10, rounded and blue on Windows 11. */
    static final String START_10 = "<svg class=\"icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\""
            + " fill=\"currentColor\"><path d=\"M1 2.6l5.6-.8v5.6H1zM7.4 1.7L15 .6v6.8H7.4zM1 8.3h5.6v5.6L1 13.1z"
            + "M7.4 8.3H15v6.9l-7.6-1.1z\"/></svg>";
    static final String START_11 = "<svg class=\"icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">"
            + "<rect x=\"1\" y=\"1\" width=\"6.6\" height=\"6.6\" rx=\".6\" fill=\"#2a9df4\"/>"
            + "<rect x=\"8.4\" y=\"1\" width=\"6.6\" height=\"6.6\" rx=\".6\" fill=\"#1e86e0\"/>"
            + "<rect x=\"1\" y=\"8.4\" width=\"6.6\" height=\"6.6\" rx=\".6\" fill=\"#1e86e0\"/>"
            + "<rect x=\"8.4\" y=\"8.4\" width=\"6.6\" height=\"6.6\" rx=\".6\" fill=\"#0f6cc7\"/></svg>";

    private Icons() {
    }

    /** The illustration {@code art}, or an empty string for none. */
    static String art(Art art) {
        return switch (art) {
            case NONE -> "";
            case GLOBE -> GLOBE;
            case KEYBOARD -> KEYBOARD;
            case NETWORK -> NETWORK;
            case DOCUMENT -> DOCUMENT;
            case PRIVACY -> PRIVACY;
            case ACCOUNT -> ACCOUNT;
            case PHONE -> PHONE;
            case SETUP -> SETUP;
            case TOOLS -> TOOLS;
            case SUCCESS -> SUCCESS;
            case FAILURE -> FAILURE;
            case PUZZLE -> PUZZLE;
        };
    }

    /** The icon of an ESP phase or item in {@code state}. */
    static String state(State state) {
        return switch (state) {
            case WAITING -> WAITING;
            case RUNNING -> RUNNING;
            case SUCCEEDED -> CHECK;
            case FAILED -> FAILED;
            case SKIPPED -> SKIPPED;
        };
    }
}
