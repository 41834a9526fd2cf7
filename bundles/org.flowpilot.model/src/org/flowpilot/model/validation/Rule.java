package org.flowpilot.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The Autopilot and flow rules the validator checks, each with a stable id and a severity. The source of each rule is
 * the Microsoft Learn page named in its comment.
 */
public enum Rule {
    // self-deploying.md: Entra join only.
    SELF_DEPLOYING_REQUIRES_ENTRA_JOIN("AP01", Diagnostic.ERROR),
    // self-deploying-autopilot-profile.md: EULA, privacy, change account hidden, Standard user are forced.
    SELF_DEPLOYING_FORCES_OOBE_SETTINGS("AP02", Diagnostic.WARNING),
    // hybrid-azure-ad-join-autopilot-profile.md: device name template greyed out for hybrid join.
    HYBRID_IGNORES_DEVICE_NAME_TEMPLATE("AP03", Diagnostic.WARNING),
    // profiles.md: names of 15 characters or less.
    DEVICE_NAME_TEMPLATE_LENGTH("AP04", Diagnostic.ERROR),
    // profiles.md: letters, digits and hyphens; no blank space.
    DEVICE_NAME_TEMPLATE_CHARACTERS("AP05", Diagnostic.ERROR),
    // profiles.md: %SERIAL% and %RAND:x% macros.
    DEVICE_NAME_TEMPLATE_MACROS("AP06", Diagnostic.ERROR),
    // profiles.md: names must not contain only numbers.
    DEVICE_NAME_TEMPLATE_NOT_ALL_DIGITS("AP07", Diagnostic.ERROR),
    // profiles.md: Automatically configure keyboard works only when the language is set.
    KEYBOARD_NEEDS_LANGUAGE("AP08", Diagnostic.WARNING),
    // Graph windowsAutopilotDeploymentProfile.locale: a locale such as en-US.
    SPECIFIC_LOCALE_NEEDS_LOCALE("AP09", Diagnostic.ERROR),
    // profiles.md: Autopilot profiles are assigned to device groups.
    PROFILE_ASSIGNED_TO_USER_GROUP("AP10", Diagnostic.ERROR),
    // self-deploying.md: TPM 2.0 required; VMs fail with 0x800705B4.
    SELF_DEPLOYING_REQUIRES_TPM("AP11", Diagnostic.ERROR),
    // self-deploying.md: any user assigned to the device is ignored.
    SELF_DEPLOYING_IGNORES_ASSIGNED_USER("AP12", Diagnostic.WARNING),
    // hybrid-azure-ad-join-autopilot-profile.md: Skip AD connectivity check = Yes for VPN deployments.
    HYBRID_VPN_NEEDS_SKIP_CONNECTIVITY_CHECK("AP13", Diagnostic.ERROR),
    // profiles.md: language and keyboard settings need Ethernet; Wi-Fi still shows those screens.
    LANGUAGE_PRESET_ON_WIFI("AP14", Diagnostic.WARNING),
    // add-devices.md: no quotation marks, ANSI only, serial number required.
    HARDWARE_HASH_CSV_FIELDS("AP15", Diagnostic.ERROR),
    // add-devices.md: at most 500 rows per CSV import.
    HARDWARE_HASH_CSV_ROW_LIMIT("AP16", Diagnostic.WARNING),
    // add-devices.md: Assigned User is a UPN; an invalid one can make the device inaccessible.
    ASSIGNED_USER_UPN("AP17", Diagnostic.ERROR),
    // hybrid-azure-ad-join-deploy-device.md: the user signs on with on-premises credentials.
    HYBRID_USER_NEEDS_ON_PREMISES_ACCOUNT("AP18", Diagnostic.WARNING),
    // profiles.md: a group assigned several profiles gets the oldest created one.
    GROUP_WITH_SEVERAL_PROFILES("AP19", Diagnostic.WARNING),
    // windows-enrollment-status.md: timeout in minutes, default 60; the docs give no bounds, 1 to 1440 are ours.
    ESP_TIMEOUT_BOUNDS("AP20", Diagnostic.ERROR),
    // windows10EnrollmentCompletionPageConfiguration: customErrorMessage up to 10,000 characters.
    ESP_CUSTOM_MESSAGE_LENGTH("AP21", Diagnostic.ERROR),
    // windows-enrollment-status.md "ESP tracking": what each of the three phases tracks.
    ESP_PHASE_CONTENTS("AP22", Diagnostic.ERROR),
    // windows-enrollment-status.md: don't mix LOB and Win32 apps (TrustedInstaller conflict).
    MIXED_WIN32_AND_LOB_APPS("AP23", Diagnostic.ERROR),
    // windows-enrollment-status.md: the error appears after the timeout.
    TRACKED_ITEMS_EXCEED_TIMEOUT("AP24", Diagnostic.WARNING),
    // windows-enrollment-status.md: Selected blocking apps filter the tracked apps.
    SELECTED_BLOCKING_APPS("AP25", Diagnostic.WARNING),
    // profiles.md: pre-provisioning with the setting off fails with 0x80180005.
    PRE_PROVISIONING_NOT_ALLOWED("AP26", Diagnostic.ERROR),
    // pre-provision.md: TPM 2.0 with device attestation.
    PRE_PROVISIONING_REQUIRES_TPM("AP27", Diagnostic.ERROR),
    // pre-provision.md: physical devices only; virtual machines are not supported.
    PRE_PROVISIONING_REQUIRES_PHYSICAL_DEVICE("AP28", Diagnostic.ERROR),
    // pre-provision.md: an ESP profile must be targeted to the device.
    PRE_PROVISIONING_REQUIRES_DEVICE_ESP("AP29", Diagnostic.ERROR),
    // pre-provision.md: run the user flow within six months of the technician flow.
    USER_FLOW_WITHIN_SIX_MONTHS("AP30", Diagnostic.ERROR),
    // pre-provision.md: wait at least 90 minutes after the technician flow.
    USER_FLOW_AFTER_NINETY_MINUTES("AP31", Diagnostic.WARNING),
    // pre-provision.md: the user flow continues a finished technician flow.
    USER_FLOW_NEEDS_TECHNICIAN_FLOW("AP32", Diagnostic.ERROR),
    // A scenario names the flow and the device it runs.
    SCENARIO_INCOMPLETE("AP33", Diagnostic.ERROR),
    // The flow's deployment mode and join type are the profile's.
    SCENARIO_FLOW_MATCHES_PROFILE("AP34", Diagnostic.WARNING),
    // windows-enrollment-status.md: "Block device use until all apps and profiles are installed: Yes" unlocks the
    // reset and use buttons and the blocking apps; with No the admin center hides them and Graph refuses them.
    ESP_SETTINGS_NEED_BLOCKING("AP35", Diagnostic.ERROR),

    FLOW_HAS_NO_START("FL01", Diagnostic.ERROR),
    FLOW_UNREACHABLE_STEP("FL02", Diagnostic.WARNING),
    FLOW_DEAD_END("FL03", Diagnostic.ERROR),
    FLOW_OVERLAPPING_GUARDS("FL04", Diagnostic.ERROR),
    FLOW_CYCLE_WITHOUT_EXIT("FL05", Diagnostic.ERROR),
    FLOW_CUSTOM_STEP_TYPE("FL06", Diagnostic.ERROR),
    FLOW_STEP_SOURCE_DOCUMENT("FL07", Diagnostic.WARNING),
    FLOW_TRANSITION_ENDS("FL08", Diagnostic.ERROR),

    // A rule an extension contributes threw, did not answer in time, or has an id that is not its own.
    EXTENSION_RULE_FAILED("EX01", Diagnostic.WARNING);

    private final String id;
    private final int severity;

    Rule(String id, int severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The stable id shown with every message of this rule, such as {@code AP01}. */
    public String id() {
        return id;
    }

    /** The {@link Diagnostic} severity of this rule's findings. */
    public int severity() {
        return severity;
    }
}
