package org.flowpilot.interop.internal.graph;

/**
 * The property names of the two OOBE shapes of a deployment profile: {@code outOfBoxExperienceSetting} (current)
 * and {@code outOfBoxExperienceSettings} (deprecated in May 2024), whose userType and deviceUsageType agree.
 */
record OobeNames(String property, String odataType, String privacyHidden, String eulaHidden,
        String keyboardSkipped, String escapeLinkHidden) {

    static final OobeNames CURRENT = new OobeNames("outOfBoxExperienceSetting", GraphTypes.OOBE_SETTING,
            "privacySettingsHidden", "eulaHidden", "keyboardSelectionPageSkipped", "escapeLinkHidden");
    static final OobeNames DEPRECATED = new OobeNames("outOfBoxExperienceSettings",
            GraphTypes.OOBE_SETTINGS_DEPRECATED, "hidePrivacySettings", "hideEULA", "skipKeyboardSelectionPage",
            "hideEscapeLink");
}
