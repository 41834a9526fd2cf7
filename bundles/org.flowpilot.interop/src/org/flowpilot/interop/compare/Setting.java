package org.flowpilot.interop.compare;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.flowpilot.model.App;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.LanguageRegion;

/**
 * The settings of deployment profiles and ESP configurations a comparison looks at, each with a stable id and the
 * name the Intune admin center gives it, and how its value reads there ({@code Show}, {@code Yes}, {@code 60}).
 */
public enum Setting {

    PROFILE_NAME(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.name", "Name", profile(p -> text(p.getName()))),
    PROFILE_DESCRIPTION(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.description", "Description",
            profile(p -> text(p.getDescription()))),
    CONVERT_ALL_TARGETED_DEVICES(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.convertAllTargetedDevices",
            "Convert all targeted devices to Autopilot", profile(p -> yesNo(p.isConvertAllTargetedDevices()))),
    DEVICE_TYPE(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.deviceType", "Device type",
            profile(p -> literal(p.getDeviceType()))),
    DEPLOYMENT_MODE(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.deploymentMode", "Deployment mode",
            profile(p -> literal(p.getDeploymentMode()))),
    JOIN_TYPE(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.joinType", "Join to Microsoft Entra ID as",
            profile(p -> literal(p.getJoinType()))),
    SKIP_AD_CONNECTIVITY_CHECK(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.skipADConnectivityCheck",
            "Skip AD connectivity check", profile(p -> yesNo(p.isSkipADConnectivityCheck()))),
    LICENSE_TERMS(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.microsoftSoftwareLicenseTerms",
            "Microsoft Software License Terms", profile(p -> literal(p.getMicrosoftSoftwareLicenseTerms()))),
    PRIVACY_SETTINGS(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.privacySettings", "Privacy settings",
            profile(p -> literal(p.getPrivacySettings()))),
    HIDE_CHANGE_ACCOUNT_OPTIONS(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.hideChangeAccountOptions",
            "Hide change account options", profile(p -> literal(p.getHideChangeAccountOptions()))),
    USER_ACCOUNT_TYPE(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.userAccountType", "User account type",
            profile(p -> literal(p.getUserAccountType()))),
    ALLOW_PRE_PROVISIONED_DEPLOYMENT(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.allowPreProvisionedDeployment",
            "Allow pre-provisioned deployment", profile(p -> yesNo(p.isAllowPreProvisionedDeployment()))),
    LANGUAGE_REGION(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.languageRegion", "Language (Region)",
            profile(p -> p.getLanguageRegion() == LanguageRegion.SPECIFIC_LOCALE ? text(p.getLocale())
                    : literal(p.getLanguageRegion()))),
    AUTOMATICALLY_CONFIGURE_KEYBOARD(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.automaticallyConfigureKeyboard",
            "Automatically configure keyboard", profile(p -> yesNo(p.isAutomaticallyConfigureKeyboard()))),
    DEVICE_NAME_TEMPLATE(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.deviceNameTemplate",
            "Apply device name template", profile(p -> p.isApplyDeviceNameTemplate()
                    ? "Yes (" + text(p.getDeviceNameTemplate()) + ")" : "No")),
    PROFILE_ASSIGNMENTS(ConfigurationKind.DEPLOYMENT_PROFILE, "profile.assignments", "Assignments",
            profile(Setting::assignments)),

    ESP_NAME(ConfigurationKind.ESP, "esp.name", "Name", esp(e -> text(e.getName()))),
    ESP_DESCRIPTION(ConfigurationKind.ESP, "esp.description", "Description", esp(e -> text(e.getDescription()))),
    PRIORITY(ConfigurationKind.ESP, "esp.priority", "Priority", esp(e -> Integer.toString(e.getPriority()))),
    SHOW_PROGRESS(ConfigurationKind.ESP, "esp.showAppAndProfileConfigurationProgress",
            "Show app and profile configuration progress", esp(e -> yesNo(e.isShowAppAndProfileConfigurationProgress()))),
    INSTALLATION_TIMEOUT(ConfigurationKind.ESP, "esp.installationTimeoutMinutes",
            "Show an error when installation takes longer than specified number of minutes",
            esp(e -> Integer.toString(e.getInstallationTimeoutMinutes()))),
    SHOW_CUSTOM_MESSAGE(ConfigurationKind.ESP, "esp.showCustomMessage",
            "Show custom message when time limit or error occurs", esp(e -> yesNo(e.isShowCustomMessage()))),
    CUSTOM_MESSAGE(ConfigurationKind.ESP, "esp.customMessage", "Error message", esp(e -> text(e.getCustomMessage()))),
    LOG_COLLECTION(ConfigurationKind.ESP, "esp.turnOnLogCollectionAndDiagnostics",
            "Turn on log collection and diagnostics page for end users",
            esp(e -> yesNo(e.isTurnOnLogCollectionAndDiagnostics()))),
    ONLY_OOBE_DEVICES(ConfigurationKind.ESP, "esp.onlyShowPageToDevicesProvisionedByOobe",
            "Only show page to devices provisioned by out-of-box experience (OOBE)",
            esp(e -> yesNo(e.isOnlyShowPageToDevicesProvisionedByOobe()))),
    QUALITY_UPDATES(ConfigurationKind.ESP, "esp.installWindowsQualityUpdates",
            "Install Windows quality updates (might restart the device)",
            esp(e -> yesNo(e.isInstallWindowsQualityUpdates()))),
    BLOCK_DEVICE_USE(ConfigurationKind.ESP, "esp.blockDeviceUseUntilAllAppsAndProfilesInstalled",
            "Block device use until all apps and profiles are installed",
            esp(e -> yesNo(e.isBlockDeviceUseUntilAllAppsAndProfilesInstalled()))),
    ALLOW_RETRY(ConfigurationKind.ESP, "esp.allowRetry", "Allow users to retry if installation error occurs",
            esp(e -> yesNo(e.isAllowRetry()))),
    ALLOW_RESET(ConfigurationKind.ESP, "esp.allowResetOnInstallationError",
            "Allow users to reset device if installation error occurs",
            esp(e -> yesNo(e.isAllowResetOnInstallationError()))),
    ALLOW_USE(ConfigurationKind.ESP, "esp.allowUseOnInstallationError",
            "Allow users to use device if installation error occurs",
            esp(e -> yesNo(e.isAllowUseOnInstallationError()))),
    BLOCKING_APPS(ConfigurationKind.ESP, "esp.blockingApps",
            "Block device use until these required apps are installed if they are assigned to the user/device",
            esp(e -> literal(e.getBlockingApps()) + (e.getSelectedBlockingApps().isEmpty() ? ""
                    : " (" + e.getSelectedBlockingApps().stream().map(App::getName).collect(Collectors.joining(", "))
                            + ")"))),
    ONLY_FAIL_SELECTED_BLOCKING_APPS(ConfigurationKind.ESP, "esp.onlyFailSelectedBlockingAppsInTechnicianPhase",
            "Only fail selected blocking apps in technician phase",
            esp(e -> yesNo(e.isOnlyFailSelectedBlockingAppsInTechnicianPhase()))),
    ESP_ASSIGNMENTS(ConfigurationKind.ESP, "esp.assignments", "Assignments", esp(Setting::assignments)),
    /** A tracked item of a phase: its estimated minutes and simulated outcome; the subject names phase and item. */
    TRACKED_ITEM(ConfigurationKind.ESP, "esp.trackedItem", "Tracked item", element -> "");

    private final ConfigurationKind kind;
    private final String id;
    private final String label;
    private final Function<Object, String> value;

    Setting(ConfigurationKind kind, String id, String label, Function<Object, String> value) {
        this.kind = kind;
        this.id = id;
        this.label = label;
        this.value = value;
    }

    /** Whether this is a setting of a deployment profile or of an ESP configuration. */
    public ConfigurationKind kind() {
        return kind;
    }

    /** The stable id, such as {@code profile.privacySettings}. */
    public String id() {
        return id;
    }

    /** The setting's name in the Intune admin center, such as {@code Privacy settings}. */
    public String label() {
        return label;
    }

    /** The value of this setting in {@code configuration}, as the admin center shows it. */
    String valueOf(Object configuration) {
        return value.apply(configuration);
    }

    static final String NONE = "(none)";

    private static Function<Object, String> profile(Function<DeploymentProfile, String> value) {
        return element -> value.apply((DeploymentProfile) element);
    }

    private static Function<Object, String> esp(Function<EnrollmentStatusPage, String> value) {
        return element -> value.apply((EnrollmentStatusPage) element);
    }

    private static String text(String value) {
        return value == null || value.isEmpty() ? NONE : value;
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static String literal(Enumerator value) {
        return value.getLiteral();
    }

    private static String assignments(AssignableConfiguration configuration) {
        String included = groups(configuration, AssignmentIntent.INCLUDED);
        String excluded = groups(configuration, AssignmentIntent.EXCLUDED);
        if (included.isEmpty() && excluded.isEmpty()) {
            return NONE;
        }
        return (included.isEmpty() ? "" : "included " + included) + (included.isEmpty() || excluded.isEmpty() ? ""
                : "; ") + (excluded.isEmpty() ? "" : "excluded " + excluded);
    }

    private static String groups(AssignableConfiguration configuration, AssignmentIntent intent) {
        return configuration.getAssignments().stream().filter(a -> a.getIntent() == intent && a.getGroup() != null)
                .map(a -> a.getGroup().getName()).sorted().collect(Collectors.joining(", "));
    }
}
