package org.flowpilot.preview.internal;

import java.util.List;
import java.util.Objects;

import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.spi.ScreenButton;
import org.flowpilot.preview.spi.ScreenContent;
import org.flowpilot.preview.spi.ScreenDetail;

/**
 * What one screen shows, ready to be laid out: the renderer's own value type, free of the engine, so the layout
 * templates can be designed and tested on their own. Every page knows its screen id and Windows version, which the
 * markup contract writes as {@code data-screen} and {@code data-windows}.
 */
public sealed interface Page {

    /** The screen id, written as {@code data-screen}. */
    String screenId();

    /** The Windows version whose look the page takes. */
    WindowsVersion windows();

    /** The page's title, also its accessible name. */
    String title();

    /**
     * An out-of-box experience page: a title, a message and an illustration beside the content, buttons at the
     * bottom right. Windows 10 draws it full screen on dark blue, Windows 11 on a white rounded card.
     *
     * @param art the illustration
     * @param content title, message, choices, details, field and buttons
     * @param extra what the page adds to its content (a document, switches, a QR code), or {@link Extra.None}
     */
    record Oobe(WindowsVersion windows, Art art, ScreenContent content, Extra extra) implements Page {
        public Oobe {
            Objects.requireNonNull(windows, "windows");
            Objects.requireNonNull(content, "content");
            art = art == null ? Art.NONE : art;
            extra = extra == null ? new Extra.None() : extra;
        }

        @Override
        public String screenId() {
            return content.screenId();
        }

        @Override
        public String title() {
            return content.title();
        }
    }

    /** What an out-of-box experience page adds to its {@link ScreenContent}. */
    sealed interface Extra {
        /** Nothing more. */
        record None() implements Extra {
        }

        /** A long document in a scrolling box (the license terms), drawn as text lines, not as its words. */
        record Document(String heading) implements Extra {
        }

        /** Rows of on/off switches (the privacy settings), each on. */
        record Switches(List<String> labels) implements Extra {
            public Switches {
                labels = List.copyOf(labels);
            }
        }

        /** Ticked check boxes (the "Stay signed in to all your apps" page's). */
        record Checks(List<String> labels) implements Extra {
            public Checks {
                labels = List.copyOf(labels);
            }
        }

        /** A QR code beside the details, drawn from {@code payload}. */
        record Qr(String payload) implements Extra {
        }
    }

    /**
     * The Enrollment Status Page: its three phases with their state, the tracked items of the phase whose details
     * are open, and on failure the error with the buttons the ESP configuration allows.
     *
     * @param screenId {@code esp} while it works, the error page's id when it shows an error
     * @param message the text under the title, or empty
     * @param phases the phases in order
     * @param error the error, or null
     * @param buttons the buttons under the phases (the error page's, Sign out at the end of a hybrid join)
     */
    record Esp(String screenId, WindowsVersion windows, String title, String message, List<EspPhase> phases,
            EspError error, List<ScreenButton> buttons) implements Page {
        public Esp {
            Objects.requireNonNull(windows, "windows");
            message = message == null ? "" : message;
            phases = List.copyOf(phases);
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * One ESP phase.
     *
     * @param id {@code device-preparation}, {@code device-setup} or {@code account-setup}
     * @param name the phase's name as shown
     * @param state the phase's state
     * @param status the state as the screen words it ("Complete", "Working on it..."), or empty
     * @param items the tracked items shown when the details are open
     * @param expanded whether the details are open
     * @param toggle the button that opens or closes the details (a link on Windows 10, a chevron on Windows 11)
     */
    record EspPhase(String id, String name, State state, String status, List<EspItem> items, boolean expanded,
            ScreenButton toggle) {
        public EspPhase {
            status = status == null ? "" : status;
            items = List.copyOf(items);
        }
    }

    /**
     * One line of a phase's details: a tracked item or a category of them, with its state as worded.
     *
     * @param detail the names of the items the line stands for, shown as its tooltip, or empty
     */
    record EspItem(String label, State state, String status, String detail) {
        public EspItem {
            status = status == null ? "" : status;
            detail = detail == null ? "" : detail;
        }
    }

    /** The error the ESP shows: its message and the error code, or null. */
    record EspError(String message, String errorCode) {
    }

    /** The state of an ESP phase or item, with its markup id ({@code data-state}). */
    enum State {
        WAITING("waiting"), RUNNING("running"), SUCCEEDED("succeeded"), FAILED("failed"), SKIPPED("skipped");

        private final String id;

        State(String id) {
            this.id = id;
        }

        /** The id written as {@code data-state}. */
        public String id() {
            return id;
        }
    }

    /**
     * The pre-provisioning result: green on success with Reseal, red on failure with Retry, Reset and diagnostics.
     *
     * @param succeeded whether pre-provisioning succeeded
     * @param message the text under the title (the failure's cause), or empty
     * @param details organization, profile, user, elapsed time
     * @param qrPayload what the QR code encodes, or null for no QR code (Windows 11)
     * @param errorCode the error code, or null
     * @param keyHint a key press the page offers besides its buttons (Windows 11's logs), or null
     */
    record Result(String screenId, WindowsVersion windows, boolean succeeded, String title, String message,
            List<ScreenDetail> details, String qrPayload, String errorCode, String keyHint, List<ScreenButton> buttons)
            implements Page {
        public Result {
            Objects.requireNonNull(windows, "windows");
            message = message == null ? "" : message;
            details = List.copyOf(details);
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * The Windows sign-on screen: the lock screen's clock and the account to sign in with.
     *
     * @param time the clock, such as {@code 8:57}
     * @param date the date line
     * @param userName the account shown, or null for "Other user"
     * @param message the prompt under the account
     */
    record SignOn(String screenId, WindowsVersion windows, String title, String time, String date, String userName,
            String message, List<ScreenButton> buttons) implements Page {
        public SignOn {
            Objects.requireNonNull(windows, "windows");
            message = message == null ? "" : message;
            buttons = List.copyOf(buttons);
        }
    }

    /** The desktop with its taskbar and the clock. */
    record Desktop(String screenId, WindowsVersion windows, String title, String time, String date) implements Page {
        public Desktop {
            Objects.requireNonNull(windows, "windows");
        }
    }
}
