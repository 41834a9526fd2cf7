package org.flowpilot.interop.compare;

import java.util.function.Function;
import java.util.stream.Collectors;

import static org.flowpilot.interop.compare.ConfigurationKind.DEPLOYMENT_PROFILE;
import static org.flowpilot.interop.compare.ConfigurationKind.ESP;
import static org.flowpilot.model.FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEVICE_TYPE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__JOIN_TYPE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__LANGUAGE_REGION;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__PHASES;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__PRIORITY;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS;
import static org.flowpilot.model.FlowpilotPackage.Literals.NAMED_ELEMENT__DESCRIPTION;
import static org.flowpilot.model.FlowpilotPackage.Literals.NAMED_ELEMENT__NAME;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.flowpilot.model.App;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.edit.settings.AdminCenterSettings;

/**
 * The settings of deployment profiles and ESP configurations a comparison looks at, each with a stable id, the name
 * the Intune admin center gives it and how its value reads there ({@code Show}, {@code Yes}, {@code 60}).
 */
public enum Setting {

    PROFILE_NAME(DEPLOYMENT_PROFILE, "profile.name", NAMED_ELEMENT__NAME, null, profile(p -> text(p.getName()))),
    PROFILE_DESCRIPTION(DEPLOYMENT_PROFILE, "profile.description", NAMED_ELEMENT__DESCRIPTION, null,
            profile(p -> text(p.getDescription()))),
    CONVERT_ALL_TARGETED_DEVICES(DEPLOYMENT_PROFILE, "profile.convertAllTargetedDevices",
            DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES, null,
            profile(p -> yesNo(p.isConvertAllTargetedDevices()))),
    DEVICE_TYPE(DEPLOYMENT_PROFILE, "profile.deviceType", DEPLOYMENT_PROFILE__DEVICE_TYPE, null,
            profile(p -> literal(p.getDeviceType()))),
    DEPLOYMENT_MODE(DEPLOYMENT_PROFILE, "profile.deploymentMode", DEPLOYMENT_PROFILE__DEPLOYMENT_MODE, null,
            profile(p -> literal(p.getDeploymentMode()))),
    JOIN_TYPE(DEPLOYMENT_PROFILE, "profile.joinType", DEPLOYMENT_PROFILE__JOIN_TYPE, null,
            profile(p -> literal(p.getJoinType()))),
    SKIP_AD_CONNECTIVITY_CHECK(DEPLOYMENT_PROFILE, "profile.skipADConnectivityCheck",
            DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK, null,
            profile(p -> yesNo(p.isSkipADConnectivityCheck()))),
    LICENSE_TERMS(DEPLOYMENT_PROFILE, "profile.microsoftSoftwareLicenseTerms",
            DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS, null,
            profile(p -> literal(p.getMicrosoftSoftwareLicenseTerms()))),
    PRIVACY_SETTINGS(DEPLOYMENT_PROFILE, "profile.privacySettings", DEPLOYMENT_PROFILE__PRIVACY_SETTINGS, null,
            profile(p -> literal(p.getPrivacySettings()))),
    HIDE_CHANGE_ACCOUNT_OPTIONS(DEPLOYMENT_PROFILE, "profile.hideChangeAccountOptions",
            DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS, null,
            profile(p -> literal(p.getHideChangeAccountOptions()))),
    USER_ACCOUNT_TYPE(DEPLOYMENT_PROFILE, "profile.userAccountType", DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE, null,
            profile(p -> literal(p.getUserAccountType()))),
    ALLOW_PRE_PROVISIONED_DEPLOYMENT(DEPLOYMENT_PROFILE, "profile.allowPreProvisionedDeployment",
            DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT, null,
            profile(p -> yesNo(p.isAllowPreProvisionedDeployment()))),
    /** Language (Region) with its locale, as the admin center shows one choice. */
    LANGUAGE_REGION(DEPLOYMENT_PROFILE, "profile.languageRegion", DEPLOYMENT_PROFILE__LANGUAGE_REGION, null,
            profile(p -> p.getLanguageRegion() == LanguageRegion.SPECIFIC_LOCALE ? text(p.getLocale())
                    : literal(p.getLanguageRegion()))),
    AUTOMATICALLY_CONFIGURE_KEYBOARD(DEPLOYMENT_PROFILE, "profile.automaticallyConfigureKeyboard",
            DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD, null,
            profile(p -> yesNo(p.isAutomaticallyConfigureKeyboard()))),
    /** Apply device name template with the name entered, such as {@code Yes (CON-%SERIAL%)}. */
    DEVICE_NAME_TEMPLATE(DEPLOYMENT_PROFILE, "profile.deviceNameTemplate",
            DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE, null,
            profile(p -> p.isApplyDeviceNameTemplate() ? "Yes (" + text(p.getDeviceNameTemplate()) + ")" : "No")),
    /** The included and excluded groups, by name. */
    PROFILE_ASSIGNMENTS(DEPLOYMENT_PROFILE, "profile.assignments", ASSIGNABLE_CONFIGURATION__ASSIGNMENTS,
            AdminCenterSettings.ASSIGNMENTS, profile(Setting::assignments)),

    ESP_NAME(ESP, "esp.name", NAMED_ELEMENT__NAME, null, esp(e -> text(e.getName()))),
    ESP_DESCRIPTION(ESP, "esp.description", NAMED_ELEMENT__DESCRIPTION, null, esp(e -> text(e.getDescription()))),
    PRIORITY(ESP, "esp.priority", ENROLLMENT_STATUS_PAGE__PRIORITY, null, esp(e -> Integer.toString(e.getPriority()))),
    SHOW_PROGRESS(ESP, "esp.showAppAndProfileConfigurationProgress",
            ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS, null,
            esp(e -> yesNo(e.isShowAppAndProfileConfigurationProgress()))),
    INSTALLATION_TIMEOUT(ESP, "esp.installationTimeoutMinutes", ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES,
            null, esp(e -> Integer.toString(e.getInstallationTimeoutMinutes()))),
    SHOW_CUSTOM_MESSAGE(ESP, "esp.showCustomMessage", ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE, null,
            esp(e -> yesNo(e.isShowCustomMessage()))),
    CUSTOM_MESSAGE(ESP, "esp.customMessage", ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE, null,
            esp(e -> text(e.getCustomMessage()))),
    LOG_COLLECTION(ESP, "esp.turnOnLogCollectionAndDiagnostics",
            ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS, null,
            esp(e -> yesNo(e.isTurnOnLogCollectionAndDiagnostics()))),
    ONLY_OOBE_DEVICES(ESP, "esp.onlyShowPageToDevicesProvisionedByOobe",
            ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE, null,
            esp(e -> yesNo(e.isOnlyShowPageToDevicesProvisionedByOobe()))),
    QUALITY_UPDATES(ESP, "esp.installWindowsQualityUpdates", ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES,
            null, esp(e -> yesNo(e.isInstallWindowsQualityUpdates()))),
    BLOCK_DEVICE_USE(ESP, "esp.blockDeviceUseUntilAllAppsAndProfilesInstalled",
            ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED, null,
            esp(e -> yesNo(e.isBlockDeviceUseUntilAllAppsAndProfilesInstalled()))),
    ALLOW_RESET(ESP, "esp.allowResetOnInstallationError", ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR,
            null, esp(e -> yesNo(e.isAllowResetOnInstallationError()))),
    ALLOW_USE(ESP, "esp.allowUseOnInstallationError", ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR, null,
            esp(e -> yesNo(e.isAllowUseOnInstallationError()))),
    /** All or Selected, with the selected apps by name. */
    BLOCKING_APPS(ESP, "esp.blockingApps", ENROLLMENT_STATUS_PAGE__BLOCKING_APPS, null,
            esp(e -> literal(e.getBlockingApps()) + (e.getSelectedBlockingApps().isEmpty() ? ""
                    : " (" + e.getSelectedBlockingApps().stream().map(App::getName).collect(Collectors.joining(", "))
                            + ")"))),
    ONLY_FAIL_SELECTED_BLOCKING_APPS(ESP, "esp.onlyFailSelectedBlockingAppsInTechnicianPhase",
            ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE, null,
            esp(e -> yesNo(e.isOnlyFailSelectedBlockingAppsInTechnicianPhase()))),
    /** The included and excluded groups, by name. */
    ESP_ASSIGNMENTS(ESP, "esp.assignments", ASSIGNABLE_CONFIGURATION__ASSIGNMENTS, AdminCenterSettings.ASSIGNMENTS,
            esp(Setting::assignments)),
    /** A tracked item of a phase: its estimated minutes and simulated outcome; the subject names phase and item. */
    TRACKED_ITEM(ESP, "esp.trackedItem", ENROLLMENT_STATUS_PAGE__PHASES, "Tracked item", element -> "");

    private final ConfigurationKind kind;
    private final String id;
    private final EStructuralFeature feature;
    private final String label;
    private final Function<Object, String> value;

    Setting(ConfigurationKind kind, String id, EStructuralFeature feature, String label,
            Function<Object, String> value) {
        this.kind = kind;
        this.id = id;
        this.feature = feature;
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

    /** The model feature behind the setting (the first one, where the admin center shows several as one). */
    public EStructuralFeature feature() {
        return feature;
    }

    /**
     * The setting's name in the Intune admin center, such as {@code Privacy settings}: the name the workbench shows
     * too ({@link AdminCenterSettings}), for the settings that name one feature.
     */
    public String label() {
        if (label != null) {
            return label;
        }
        EClass owner = kind == ConfigurationKind.ESP ? FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE
                : FlowpilotPackage.Literals.DEPLOYMENT_PROFILE;
        return AdminCenterSettings.of(owner, feature).map(org.flowpilot.model.edit.settings.Setting::label)
                .orElseThrow(() -> new IllegalStateException("no admin center name for " + feature.getName()));
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
