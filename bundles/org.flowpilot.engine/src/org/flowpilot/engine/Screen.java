package org.flowpilot.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.WindowsVersion;

/**
 * The screen catalogue: every screen the person in front of the device can see, with the id step records, JSON and
 * previews use, and its title, standing message and controls in Windows 10 and Windows 11 wording. Defined here
 * once; the engine fills step records from it, and previews draw from it.
 * <p>
 * Where the Autopilot documentation quotes a screen (the network screen, the sign-in buttons, the technician's
 * screens, the ESP's detail toggles and error buttons, "Stay signed in to all your apps", "You're all set!") the
 * wording is the documentation's; the other titles and messages follow the Windows out-of-box experience and are
 * marked as such in {@link #documented()}. A step record says which of a screen's controls were on display (an ESP
 * error page shows only the buttons its configuration allows) and the run-specific text, such as the user name.
 *
 * @since 1.0
 */
public enum Screen implements CommandLineId {
    /** Country or region. */
    LANGUAGE_REGION("language-region", false,
            wording("Let's start with region. Is this the right one?", null, ScreenControl.YES),
            wording("Is this the right country or region?", null, ScreenControl.YES)),
    /** Keyboard layout. */
    KEYBOARD("keyboard", false,
            wording("Is this the right keyboard layout?", null, ScreenControl.YES),
            wording("Is this the right keyboard layout or input method?", null, ScreenControl.YES)),
    /** Additional keyboard layouts. */
    ADDITIONAL_KEYBOARD("additional-keyboard", false,
            wording("Want to add a second keyboard layout?", null, ScreenControl.ADD_LAYOUT, ScreenControl.SKIP),
            wording("Want to add a second keyboard layout?", null, ScreenControl.ADD_LAYOUT, ScreenControl.SKIP)),
    /** "Let's connect you to a network". */
    NETWORK_CONNECTION("network-connect", true,
            wording("Let's connect you to a network", "Connectivity to the Internet is required.",
                    ScreenControl.NEXT),
            wording("Let's connect you to a network", "Connectivity to the Internet is required.",
                    ScreenControl.NEXT)),
    /** Microsoft Software License Terms. */
    LICENSE_TERMS("license-terms", false,
            wording("Please read this license agreement", "Microsoft Software License Terms",
                    ScreenControl.DECLINE, ScreenControl.ACCEPT),
            wording("Please review the License Agreement", "Microsoft Software License Terms",
                    ScreenControl.DECLINE, ScreenControl.ACCEPT)),
    /** Privacy settings. */
    PRIVACY("privacy", false,
            wording("Choose privacy settings for your device", null, ScreenControl.ACCEPT),
            wording("Choose privacy settings for your device", null, ScreenControl.ACCEPT)),
    /** The Microsoft Entra sign-in page. */
    ENTRA_SIGN_IN("entra-sign-in", true,
            wording("Sign in", "Sign in with your work or school account.", ScreenControl.SIGN_IN),
            wording("Sign in", "Sign in with your work or school account.", ScreenControl.SIGN_IN)),
    /** Multifactor authentication. */
    MFA("mfa", false,
            wording("Verify your identity", null),
            wording("Verify your identity", null)),
    /** The technician's menu after the Windows key five times: "What would you like to do?". */
    PROVISIONING_MENU("provisioning-menu", true,
            wording("What would you like to do?", null, ScreenControl.PRE_PROVISION_OPTION, ScreenControl.CONTINUE),
            wording("What would you like to do?", null, ScreenControl.PRE_PROVISION_OPTION, ScreenControl.CONTINUE)),
    /** The pre-provisioning configuration page: organization, profile, assigned user and a QR code. */
    PRE_PROVISION_CONFIGURATION("preprovision-config", true,
            withQrCode("Windows Autopilot Configuration", Screen.PRE_PROVISIONING_DETAILS, ScreenControl.REFRESH,
                    ScreenControl.PROVISION),
            withQrCode("Pre-provision with Windows Autopilot", Screen.PRE_PROVISIONING_DETAILS, ScreenControl.REFRESH,
                    ScreenControl.PROVISION)),
    /**
     * The technician's result screen, on the pre-provisioning page: green with Reseal on success, red with Retry,
     * Reset and the logs on failure; the same details and the elapsed time, with the QR code on Windows 10 only
     * (technician-flow.md step 9).
     */
    PROVISION_RESULT("provision-result", true,
            withQrCode("Windows Autopilot Configuration", Screen.PRE_PROVISIONING_DETAILS, ScreenControl.RESEAL,
                    ScreenControl.RETRY, ScreenControl.RESET, ScreenControl.VIEW_DIAGNOSTICS),
            wording("Pre-provision with Windows Autopilot", Screen.PRE_PROVISIONING_DETAILS, ScreenControl.RESEAL,
                    ScreenControl.RETRY, ScreenControl.RESET)),
    /** The Enrollment Status Page with its three phases. */
    ESP("esp", true,
            wording("Setting up your device for work", "Device preparation, Device setup, Account setup",
                    ScreenControl.SHOW_DETAILS, ScreenControl.HIDE_DETAILS, ScreenControl.SIGN_OUT),
            wording("Setting up your device for work", "Device preparation, Device setup, Account setup",
                    ScreenControl.SHOW_DETAILS, ScreenControl.HIDE_DETAILS, ScreenControl.SIGN_OUT)),
    /** The Enrollment Status Page's error page; its configuration decides which buttons it shows. */
    ESP_ERROR("esp-error", true,
            wording("Setting up your device for work", Screen.DEFAULT_ESP_ERROR_MESSAGE, ScreenControl.RETRY,
                    ScreenControl.RESET_DEVICE, ScreenControl.CONTINUE_ANYWAY, ScreenControl.COLLECT_LOGS),
            wording("Setting up your device for work", Screen.DEFAULT_ESP_ERROR_MESSAGE, ScreenControl.RETRY,
                    ScreenControl.RESET_DEVICE, ScreenControl.CONTINUE_ANYWAY, ScreenControl.COLLECT_LOGS)),
    /** The Windows sign-on screen. */
    WINDOWS_SIGN_ON("windows-sign-on", true,
            wording("Windows sign-on", "Press Ctrl+Alt+Del to sign in.", ScreenControl.CTRL_ALT_DEL),
            wording("Windows sign-on", "Press Ctrl+Alt+Del to sign in.", ScreenControl.CTRL_ALT_DEL)),
    /** "Stay signed in to all your apps". */
    STAY_SIGNED_IN("stay-signed-in", true,
            wording("Stay signed in to all your apps", "Allow my organization to manage my device", ScreenControl.OK),
            wording("Stay signed in to all your apps", "Allow my organization to manage my device",
                    ScreenControl.OK)),
    /** "You're all set!". */
    ALL_SET("all-set", true,
            wording("You're all set!", null, ScreenControl.DONE),
            wording("You're all set!", null, ScreenControl.DONE)),
    /** The desktop. */
    DESKTOP("desktop", true,
            wording("Desktop", null),
            wording("Desktop", null));

    /** What the technician's screens show about the deployment (technician-flow.md steps 6 and 9). */
    private static final String PRE_PROVISIONING_DETAILS = "The organization, the Windows Autopilot deployment profile"
            + " and the assigned user, if any.";

    /** Intune's ESP error text when no custom message is set (windows-enrollment-status.md). */
    public static final String DEFAULT_ESP_ERROR_MESSAGE =
            "Setup could not be completed. Please try again or contact your support person for help.";

    /**
     * How a screen reads on one Windows version.
     *
     * @param title the heading
     * @param message the standing text under it, or null (a step record carries run-specific text)
     * @param controls every control the screen can show, in display order
     * @param qrCode whether the screen shows a QR code with the device's unique identifier, which the technician can
     *        scan to look the device up in Intune
     */
    public record Wording(String title, String message, List<ScreenControl> controls, boolean qrCode) {

        /** Copies the controls. */
        public Wording {
            controls = List.copyOf(controls);
        }

        /** A wording without a QR code. */
        public Wording(String title, String message, List<ScreenControl> controls) {
            this(title, message, controls, false);
        }
    }

    private final String id;
    private final boolean documented;
    private final Wording windows10;
    private final Wording windows11;
    private final List<String> buttons10;
    private final List<String> buttons11;

    Screen(String id, boolean documented, Wording windows10, Wording windows11) {
        this.id = id;
        this.documented = documented;
        this.windows10 = windows10;
        this.windows11 = windows11;
        // Runs read the labels at every step: worked out once.
        this.buttons10 = labels(WindowsVersion.WINDOWS10, windows10.controls());
        this.buttons11 = labels(WindowsVersion.WINDOWS11, windows11.controls());
    }

    private static Wording wording(String title, String message, ScreenControl... controls) {
        return new Wording(title, message, List.of(controls), false);
    }

    private static Wording withQrCode(String title, String message, ScreenControl... controls) {
        return new Wording(title, message, List.of(controls), true);
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * Whether the Autopilot documentation quotes this screen's title or buttons; otherwise they follow the Windows
     * out-of-box experience, which the documentation names without quoting.
     */
    public boolean documented() {
        return documented;
    }

    /** How the screen reads on {@code windows}. */
    public Wording wording(WindowsVersion windows) {
        return windows == WindowsVersion.WINDOWS10 ? windows10 : windows11;
    }

    /** The heading on {@code windows}. */
    public String title(WindowsVersion windows) {
        return wording(windows).title();
    }

    /** The standing text on {@code windows}, or null. */
    public String message(WindowsVersion windows) {
        return wording(windows).message();
    }

    /** Whether the screen shows a QR code with the device's unique identifier on {@code windows}. */
    public boolean showsQrCode(WindowsVersion windows) {
        return wording(windows).qrCode();
    }

    /** Every control the screen can show on {@code windows}, in display order. */
    public List<ScreenControl> controls(WindowsVersion windows) {
        return wording(windows).controls();
    }

    /** The labels of every control the screen can show on {@code windows}, in display order. */
    public List<String> buttons(WindowsVersion windows) {
        return windows == WindowsVersion.WINDOWS10 ? buttons10 : buttons11;
    }

    /**
     * The control that makes {@code choice} on this failure page ({@link #ESP_ERROR} or {@link #PROVISION_RESULT}),
     * or null when the page has none for it (Continue anyway on the technician's screen, any choice elsewhere).
     * Whether an ESP error page shows it also depends on the ESP configuration.
     */
    public ScreenControl control(FailureChoice choice) {
        return FAILURE_CONTROLS.getOrDefault(this, Map.of()).get(choice);
    }

    /** The labels of {@code controls} on {@code windows}. */
    public static List<String> labels(WindowsVersion windows, List<ScreenControl> controls) {
        String[] labels = new String[controls.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = controls.get(i).label(windows);
        }
        return List.of(labels);
    }

    private static final Map<Screen, Map<FailureChoice, ScreenControl>> FAILURE_CONTROLS = new EnumMap<>(Map.of(
            ESP_ERROR, Map.of(FailureChoice.RETRY, ScreenControl.RETRY, FailureChoice.RESET, ScreenControl.RESET_DEVICE,
                    FailureChoice.CONTINUE_ANYWAY, ScreenControl.CONTINUE_ANYWAY, FailureChoice.COLLECT_LOGS,
                    ScreenControl.COLLECT_LOGS),
            PROVISION_RESULT, Map.of(FailureChoice.RETRY, ScreenControl.RETRY, FailureChoice.RESET, ScreenControl.RESET,
                    FailureChoice.COLLECT_LOGS, ScreenControl.VIEW_DIAGNOSTICS)));

    /**
     * The screen a modeled screen step shows, or null for {@link ScreenKind#CHANGE_ACCOUNT_OPTIONS}, which is a link
     * on the sign-in and error pages rather than a screen of its own.
     */
    public static Screen of(ScreenKind kind) {
        return switch (kind) {
            case LANGUAGE_REGION -> LANGUAGE_REGION;
            case KEYBOARD -> KEYBOARD;
            case ADDITIONAL_KEYBOARD -> ADDITIONAL_KEYBOARD;
            case NETWORK_CONNECTION -> NETWORK_CONNECTION;
            case LICENSE_TERMS -> LICENSE_TERMS;
            case PRIVACY -> PRIVACY;
            case CHANGE_ACCOUNT_OPTIONS -> null;
            case PROVISIONING_MENU -> PROVISIONING_MENU;
            case PRE_PROVISION_WITH_AUTOPILOT -> PRE_PROVISION_CONFIGURATION;
            case PRE_PROVISIONING_RESULT -> PROVISION_RESULT;
            case STAY_SIGNED_IN -> STAY_SIGNED_IN;
            case ALL_SET -> ALL_SET;
        };
    }

    /** The screen named {@code id}, such as {@code entra-sign-in}. */
    public static Screen fromId(String id) {
        return CommandLineId.fromId(Screen.class, id, "screen");
    }
}
