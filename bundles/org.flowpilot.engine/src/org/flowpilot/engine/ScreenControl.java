package org.flowpilot.engine;

import org.flowpilot.model.WindowsVersion;

/**
 * A button, link or key press on a screen of the {@linkplain Screen catalogue}, with its Windows 10 and Windows 11
 * wording. Step records list the controls on display by their {@link #label(WindowsVersion) labels}.
 *
 * @since 1.0
 */
public enum ScreenControl {
    /** Accepts the region or keyboard shown. */
    YES("Yes"),
    /** Adds another keyboard layout. */
    ADD_LAYOUT("Add layout"),
    /** Goes on without another keyboard layout. */
    SKIP("Skip"),
    /** Goes on (the network screen once connected, the Windows 11 technician menus). */
    NEXT("Next"),
    /** Declines the license terms. */
    DECLINE("Decline"),
    /** Accepts the license terms or privacy settings. */
    ACCEPT("Accept"),
    /** Signs in on the Microsoft Entra sign-in page: Next on Windows 10, Sign in on Windows 11. */
    SIGN_IN("Next", "Sign in"),
    /** Shows an ESP phase's details: Show details on Windows 10, a chevron on Windows 11. */
    SHOW_DETAILS("Show details", "∨"),
    /** Hides an ESP phase's details: Hide details on Windows 10, a chevron on Windows 11. */
    HIDE_DETAILS("Hide details", "∧"),
    /** Dismisses the finished ESP of a hybrid join and goes to the Windows sign-on screen. */
    SIGN_OUT("Sign out"),
    /** Runs the failed phase again (ESP error page, technician result screen). */
    RETRY("Retry"),
    /** Resets the device from the ESP error page. */
    RESET_DEVICE("Reset device"),
    /** Uses the device although the ESP failed: the ESP is bypassed. */
    CONTINUE_ANYWAY("Continue anyway"),
    /** Saves the logs from the ESP error page, for example to a USB drive. */
    COLLECT_LOGS("Collect logs"),
    /** The technician's choice in the Windows key menu. */
    PRE_PROVISION_OPTION("Windows Autopilot provisioning", "Pre-provision with Windows Autopilot"),
    /** Confirms the technician's menu choice: Continue on Windows 10, Next on Windows 11. */
    CONTINUE("Continue", "Next"),
    /** Downloads the profile details again on the pre-provisioning configuration page. */
    REFRESH("Refresh"),
    /** Starts pre-provisioning: Provision on Windows 10, Next on Windows 11. */
    PROVISION("Provision", "Next"),
    /** Shuts the pre-provisioned device down, ready to ship. */
    RESEAL("Reseal"),
    /** Starts over from the technician's red result screen. */
    RESET("Reset"),
    /**
     * The logs of the technician's red result screen: the View diagnostics button on Windows 10, the Ctrl+Shift+D
     * key press and then Export Logs on Windows 11 (a key press, so no button on display).
     */
    VIEW_DIAGNOSTICS("View diagnostics", "Ctrl+Shift+D, Export Logs"),
    /** Closes the "Stay signed in to all your apps" screen with "Allow my organization to manage my device" kept. */
    OK("OK"),
    /** Closes "You're all set!". */
    DONE("Done"),
    /** The key press that starts the Windows sign-on. */
    CTRL_ALT_DEL("Ctrl+Alt+Del");

    private final String windows10;
    private final String windows11;

    ScreenControl(String label) {
        this(label, label);
    }

    ScreenControl(String windows10, String windows11) {
        this.windows10 = windows10;
        this.windows11 = windows11;
    }

    /** The control's wording on {@code windows}. */
    public String label(WindowsVersion windows) {
        return windows == WindowsVersion.WINDOWS10 ? windows10 : windows11;
    }
}
