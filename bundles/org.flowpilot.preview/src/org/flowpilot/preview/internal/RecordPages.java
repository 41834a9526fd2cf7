package org.flowpilot.preview.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.ScreenControl;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.internal.Page.Extra;
import org.flowpilot.preview.spi.ButtonRole;
import org.flowpilot.preview.spi.PreviewContext;
import org.flowpilot.preview.spi.ScreenButton;
import org.flowpilot.preview.spi.ScreenContent;
import org.flowpilot.preview.spi.ScreenDetail;
import org.flowpilot.preview.spi.ScreenField;

/**
 * Builds the page of a step record from the engine's screen catalogue: the title, message and controls in the
 * wording of the scenario's Windows version, the controls the record says were on display, and what the run adds
 * (the pre-filled user name, the ESP's phases and items, the error's message and code, the organization and
 * profile on the technician's pages, the clock on the sign-on screen and the desktop).
 */
public final class RecordPages {

    /** The wall clock a run starts at when the scenario does not say, so the clock shown moves with the run. */
    private static final LocalTime DEFAULT_START = LocalTime.of(8, 0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    private RecordPages() {
    }

    /** Whether {@code record} shows a screen of the catalogue. */
    public static boolean draws(StepRecord record) {
        return record.screen() != null;
    }

    /** The page of {@code record}, a record whose screen is in the catalogue, as {@code context} sees it. */
    public static Page page(StepRecord record, PreviewContext context) {
        WindowsVersion windows = context.windows();
        Screen screen = record.screen();
        Screen.Wording wording = screen.wording(windows);
        return switch (screen) {
            case LANGUAGE_REGION -> oobe(record, windows, Art.GLOBE, wording, content(record, windows, wording)
                    .choices(ShellWording.REGIONS, ShellWording.SELECTED_REGION), null);
            case KEYBOARD -> oobe(record, windows, Art.KEYBOARD, wording, content(record, windows, wording)
                    .choices(ShellWording.KEYBOARDS, ShellWording.SELECTED_KEYBOARD), null);
            case ADDITIONAL_KEYBOARD -> oobe(record, windows, Art.KEYBOARD, wording,
                    content(record, windows, wording), null);
            case NETWORK_CONNECTION -> network(record, context, wording);
            case LICENSE_TERMS -> oobe(record, windows, Art.DOCUMENT, wording,
                    content(record, windows, wording).withoutMessage(), new Extra.Document(wording.message()));
            case PRIVACY -> oobe(record, windows, Art.PRIVACY, wording, content(record, windows, wording),
                    new Extra.Switches(ShellWording.PRIVACY_SWITCHES));
            case ENTRA_SIGN_IN -> oobe(record, windows, Art.ACCOUNT, wording, content(record, windows, wording)
                    .field(new ScreenField("user-name", ShellWording.USER_NAME_LABEL, record.username(),
                            ShellWording.USER_NAME_HINT)), null);
            case MFA -> oobe(record, windows, Art.PHONE, wording, content(record, windows, wording)
                    .messageIfNone(ShellWording.MFA_PROMPT).details(signedInAccount(context)), null);
            case PROVISIONING_MENU -> oobe(record, windows, Art.TOOLS, wording, content(record, windows, wording)
                    .optionFirst(), null);
            case PRE_PROVISION_CONFIGURATION -> oobe(record, windows, Art.TOOLS, wording,
                    content(record, windows, wording).details(technicianDetails(record, context, false)),
                    new Extra.Qr(devicePayload(record, context)));
            case PROVISION_RESULT -> result(record, context, wording);
            case ESP, ESP_ERROR -> esp(record, context, wording);
            case WINDOWS_SIGN_ON -> new Page.SignOn(screen.id(), windows, wording.title(), time(record, context),
                    date(record, context), record.username(), wording.message(), buttons(record, windows, wording));
            // The standing text is the check box the user keeps ticked.
            case STAY_SIGNED_IN -> oobe(record, windows, Art.ACCOUNT, wording, content(record, windows, wording)
                    .withoutMessage().details(userDetail(record)), new Extra.Checks(List.of(wording.message())));
            case ALL_SET -> oobe(record, windows, Art.SUCCESS, wording, content(record, windows, wording), null);
            case DESKTOP -> new Page.Desktop(screen.id(), windows, wording.title(), time(record, context),
                    date(record, context));
        };
    }

    /** The id of a control as written in {@code data-button}: {@code sign-in}, {@code show-details}. */
    public static String buttonId(ScreenControl control) {
        return control.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Page oobe(StepRecord record, WindowsVersion windows, Art art, Screen.Wording wording,
            ContentParts parts, Extra extra) {
        return new Page.Oobe(windows, art, parts.build(record.screenId(), wording), extra);
    }

    private static ContentParts content(StepRecord record, WindowsVersion windows, Screen.Wording wording) {
        return new ContentParts(buttons(record, windows, wording), wording.message());
    }

    /**
     * The catalogue's controls that the record shows, in the catalogue's order, the last one drawn as the page's
     * main action (Yes, Next, Accept); a screen's control the record does not show is left out.
     */
    private static List<ScreenButton> buttons(StepRecord record, WindowsVersion windows, Screen.Wording wording) {
        List<ScreenButton> buttons = new ArrayList<>(wording.controls().size());
        List<ScreenControl> shown = shownControls(record, windows, wording);
        for (int i = 0; i < shown.size(); i++) {
            ScreenControl control = shown.get(i);
            ButtonRole role = i == shown.size() - 1 ? ButtonRole.PRIMARY : ButtonRole.SECONDARY;
            buttons.add(new ScreenButton(buttonId(control), control.label(windows), role, true));
        }
        return buttons;
    }

    private static List<ScreenControl> shownControls(StepRecord record, WindowsVersion windows,
            Screen.Wording wording) {
        return wording.controls().stream().filter(control -> record.buttons().contains(control.label(windows)))
                .toList();
    }

    private static Page network(StepRecord record, PreviewContext context, Screen.Wording wording) {
        WindowsVersion windows = context.windows();
        // Until a network is connected, Next is on the screen but cannot be pressed.
        List<ScreenButton> buttons = new ArrayList<>();
        for (ScreenControl control : wording.controls()) {
            boolean shown = record.buttons().contains(control.label(windows));
            buttons.add(new ScreenButton(buttonId(control), control.label(windows), ButtonRole.PRIMARY, shown));
        }
        String organization = context.scenario().organizationName();
        String guest = (organization == null ? "Office" : organization) + ShellWording.GUEST_NETWORK_SUFFIX;
        boolean connected = record.status() != StepStatus.FAILED;
        ContentParts parts = new ContentParts(buttons, wording.message())
                .choices(List.of(guest, ShellWording.OTHER_NETWORK), connected ? guest : null);
        return new Page.Oobe(windows, Art.NETWORK, parts.build(record.screenId(), wording), null);
    }

    private static Page result(StepRecord record, PreviewContext context, Screen.Wording wording) {
        WindowsVersion windows = context.windows();
        boolean succeeded = record.status() != StepStatus.FAILED;
        List<ScreenButton> buttons = new ArrayList<>();
        for (ScreenControl control : shownControls(record, windows, wording)) {
            ButtonRole role = control == ScreenControl.RESEAL || control == ScreenControl.RETRY ? ButtonRole.PRIMARY
                    : ButtonRole.SECONDARY;
            buttons.add(new ScreenButton(buttonId(control), control.label(windows), role, true));
        }
        // Windows 11 has no diagnostics button: the logs are a key press away.
        String keyHint = !succeeded && windows == WindowsVersion.WINDOWS11
                ? ScreenControl.VIEW_DIAGNOSTICS.label(windows) : null;
        String message = succeeded ? "" : failureCause(context);
        String qr = windows == WindowsVersion.WINDOWS10 ? devicePayload(record, context) : null;
        return new Page.Result(record.screenId(), windows, succeeded, wording.title(), message,
                technicianDetails(record, context, true), qr, succeeded ? null : record.errorCode(), keyHint,
                buttons);
    }

    private static Page esp(StepRecord record, PreviewContext context, Screen.Wording wording) {
        WindowsVersion windows = context.windows();
        List<ScreenButton> buttons = new ArrayList<>();
        for (ScreenControl control : shownControls(record, windows, wording)) {
            if (control == ScreenControl.SHOW_DETAILS || control == ScreenControl.HIDE_DETAILS) {
                continue;
            }
            // On the error page Retry leads; the other buttons are the way out.
            boolean primary = record.screen() == Screen.ESP_ERROR ? control == ScreenControl.RETRY : true;
            buttons.add(new ScreenButton(buttonId(control), control.label(windows),
                    primary ? ButtonRole.PRIMARY : ButtonRole.SECONDARY, true));
        }
        Page.EspError error = record.screen() == Screen.ESP_ERROR
                ? new Page.EspError(record.message() != null ? record.message() : wording.message(),
                        record.errorCode())
                : null;
        return new Page.Esp(record.screenId(), windows, wording.title(), "", EspProgress.phases(context.trace()),
                error, buttons);
    }

    /** Why the technician's run failed: the reason of the last step that failed before the result screen. */
    private static String failureCause(PreviewContext context) {
        List<StepRecord> trace = context.trace();
        for (int i = trace.size() - 2; i >= 0; i--) {
            StepRecord earlier = trace.get(i);
            if (earlier.status() == StepStatus.FAILED || earlier.status() == StepStatus.TIMED_OUT) {
                return earlier.reason();
            }
        }
        return "";
    }

    private static List<ScreenDetail> technicianDetails(StepRecord record, PreviewContext context,
            boolean elapsed) {
        RunScenario scenario = context.scenario();
        List<ScreenDetail> details = new ArrayList<>(4);
        details.add(new ScreenDetail(ShellWording.ORGANIZATION,
                scenario.organizationName() == null ? ShellWording.NOT_SET : scenario.organizationName()));
        details.add(new ScreenDetail(ShellWording.PROFILE, scenario.profile() == null
                || scenario.profile().getName() == null ? ShellWording.NOT_SET : scenario.profile().getName()));
        details.add(new ScreenDetail(ShellWording.ASSIGNED_USER,
                record.username() == null ? ShellWording.NO_USER : record.username()));
        if (elapsed) {
            List<StepRecord> trace = context.trace();
            int minutes = trace.size() > 1 ? trace.get(trace.size() - 2).clockMinutes() : record.clockMinutes();
            details.add(new ScreenDetail(ShellWording.ELAPSED, ShellWording.minutes(minutes)));
        }
        return details;
    }

    /** The account being signed in: the user name of the last sign-in page of the trace. */
    private static List<ScreenDetail> signedInAccount(PreviewContext context) {
        List<StepRecord> trace = context.trace();
        for (int i = trace.size() - 1; i >= 0; i--) {
            StepRecord earlier = trace.get(i);
            if (earlier.screen() == Screen.ENTRA_SIGN_IN && earlier.username() != null) {
                return List.of(new ScreenDetail(ShellWording.ACCOUNT, earlier.username()));
            }
        }
        return List.of();
    }

    private static List<ScreenDetail> userDetail(StepRecord record) {
        return record.username() == null ? List.of()
                : List.of(new ScreenDetail(ShellWording.ACCOUNT, record.username()));
    }

    /** What the QR code stands for: the device, known here by its organization, profile and user. */
    private static String devicePayload(StepRecord record, PreviewContext context) {
        RunScenario scenario = context.scenario();
        return scenario.organizationName() + "|" + (scenario.profile() == null ? "" : scenario.profile().getName())
                + "|" + record.username();
    }

    private static String time(StepRecord record, PreviewContext context) {
        Instant start = context.scenario().runStarts();
        if (start == null) {
            return TIME.format(DEFAULT_START.plusMinutes(record.clockMinutes()));
        }
        return TIME.format(start.atZone(ZoneOffset.UTC).plusMinutes(record.clockMinutes()));
    }

    private static String date(StepRecord record, PreviewContext context) {
        Instant start = context.scenario().runStarts();
        if (start == null) {
            return "";
        }
        ZonedDateTime now = start.atZone(ZoneOffset.UTC).plusMinutes(record.clockMinutes());
        return DATE.format(now);
    }

    /** The parts of an out-of-box page's content, gathered before it is built. */
    private static final class ContentParts {
        private final List<ScreenButton> buttons;
        private String message;
        private List<String> choices = List.of();
        private String selected;
        private ScreenField field;
        private List<ScreenDetail> details = List.of();

        ContentParts(List<ScreenButton> buttons, String message) {
            this.buttons = new ArrayList<>(buttons);
            this.message = message;
        }

        ContentParts choices(List<String> rows, String selectedRow) {
            choices = rows;
            selected = selectedRow;
            return this;
        }

        ContentParts field(ScreenField value) {
            field = value;
            return this;
        }

        ContentParts details(List<ScreenDetail> value) {
            details = value;
            return this;
        }

        ContentParts messageIfNone(String value) {
            if (message == null) {
                message = value;
            }
            return this;
        }

        ContentParts withoutMessage() {
            message = null;
            return this;
        }

        /** The first control is a choice in the page's list (the technician's menu), the rest stay buttons. */
        ContentParts optionFirst() {
            if (!buttons.isEmpty()) {
                ScreenButton first = buttons.get(0);
                buttons.set(0, new ScreenButton(first.id(), first.label(), ButtonRole.OPTION, first.enabled()));
            }
            return this;
        }

        ScreenContent build(String screenId, Screen.Wording wording) {
            ScreenContent.Builder builder = ScreenContent.builder(screenId, wording.title()).message(message)
                    .field(field);
            for (String row : choices) {
                builder.choice(row, row.equals(selected));
            }
            for (ScreenDetail detail : details) {
                builder.detail(detail.label(), detail.value());
            }
            buttons.forEach(builder::button);
            return builder.build();
        }
    }
}
