package org.flowpilot.engine;

import org.flowpilot.model.ScreenKind;

/** A screen the person in front of the device sees, with the id step records, JSON and previews use. */
public enum Screen implements CommandLineId {
    /** Country or region. */
    LANGUAGE_REGION("language-region"),
    /** Keyboard layout. */
    KEYBOARD("keyboard"),
    /** Additional keyboard layouts. */
    ADDITIONAL_KEYBOARD("additional-keyboard"),
    /** "Let's connect you to a network". */
    NETWORK_CONNECTION("network-connect"),
    /** Microsoft Software License Terms. */
    LICENSE_TERMS("license-terms"),
    /** Privacy settings. */
    PRIVACY("privacy"),
    /** The Microsoft Entra sign-in page. */
    ENTRA_SIGN_IN("entra-sign-in"),
    /** Multifactor authentication. */
    MFA("mfa"),
    /** The technician's menu after the Windows key five times: "What would you like to do?". */
    PROVISIONING_MENU("provisioning-menu"),
    /** The pre-provisioning configuration page (organization, profile, user, QR code). */
    PRE_PROVISION_CONFIGURATION("preprovision-config"),
    /** The technician's result screen: green with Reseal, or red with Retry and Reset. */
    PROVISION_RESULT("provision-result"),
    /** The Enrollment Status Page with its three phases. */
    ESP("esp"),
    /** The Enrollment Status Page's error page. */
    ESP_ERROR("esp-error"),
    /** The Windows sign-on screen. */
    WINDOWS_SIGN_ON("windows-sign-on"),
    /** "Stay signed in to all your apps". */
    STAY_SIGNED_IN("stay-signed-in"),
    /** "You're all set!". */
    ALL_SET("all-set"),
    /** The desktop. */
    DESKTOP("desktop");

    private final String id;

    Screen(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

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
