package org.flowpilot.model.edit.settings;

import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__JOIN_TYPE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__LOCALE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE;
import static org.flowpilot.model.FlowpilotPackage.Literals.GROUP__DEVICES;
import static org.flowpilot.model.FlowpilotPackage.Literals.GROUP__USERS;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.flowpilot.model.AutopilotDeviceType;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.UserAccountType;
import org.flowpilot.model.query.EspSettings;

/**
 * Which setting enables which, as in the Intune admin center: self-deploying mode forces the hidden screens, the
 * Standard user and Microsoft Entra join; hybrid join shows the AD connectivity option and greys out the device name
 * template; pre-provisioning is offered for user-driven Windows PC profiles; the Enrollment Status Page shows its
 * settings only while it shows progress, and the error page options only while it blocks device use.
 */
public final class SettingRules {

    private static final Set<EStructuralFeature> FORCED_BY_SELF_DEPLOYING = Set.of(
            DEPLOYMENT_PROFILE__JOIN_TYPE, DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS,
            DEPLOYMENT_PROFILE__PRIVACY_SETTINGS, DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS,
            DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE);

    private static final String ONLY_WITH_PROGRESS = "Shown when 'Show app and profile configuration progress' is Yes";
    private static final String ONLY_WHEN_BLOCKING = "Shown when 'Block device use until all apps and profiles are"
            + " installed' is Yes";

    private SettingRules() {
    }

    /** Whether {@code feature} of {@code element} can be changed now, given the element's other settings. */
    public static Availability availability(EObject element, EStructuralFeature feature) {
        return switch (element) {
            case DeploymentProfile profile -> profile(profile, feature);
            case EnrollmentStatusPage esp -> esp(esp, feature);
            case Group group -> group(group, feature);
            default -> Availability.EDITABLE;
        };
    }

    /**
     * The values self-deploying mode forces on a profile, by feature: Microsoft Entra joined, License Terms, Privacy
     * settings and change account options hidden, a Standard user. Turning self-deploying on sets them.
     */
    public static Map<EStructuralFeature, Object> forcedBySelfDeploying() {
        Map<EStructuralFeature, Object> forced = new LinkedHashMap<>();
        forced.put(DEPLOYMENT_PROFILE__JOIN_TYPE, JoinType.ENTRA_JOINED);
        forced.put(DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS, ScreenVisibility.HIDE);
        forced.put(DEPLOYMENT_PROFILE__PRIVACY_SETTINGS, ScreenVisibility.HIDE);
        forced.put(DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS, ScreenVisibility.HIDE);
        forced.put(DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE, UserAccountType.STANDARD);
        forced.put(DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT, Boolean.FALSE);
        return forced;
    }

    private static Availability profile(DeploymentProfile profile, EStructuralFeature feature) {
        boolean selfDeploying = profile.getDeploymentMode() == DeploymentMode.SELF_DEPLOYING;
        boolean hybrid = profile.getJoinType() == JoinType.ENTRA_HYBRID_JOINED;
        if (selfDeploying && FORCED_BY_SELF_DEPLOYING.contains(feature)) {
            return Availability.forced("Set by 'Deployment mode': self-deploying mode joins Microsoft Entra only,"
                    + " hides these screens and makes the user a Standard user");
        }
        if (feature == DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK && !hybrid) {
            return Availability.hidden("Shown when 'Join to Microsoft Entra ID as' is Microsoft Entra hybrid joined");
        }
        if (feature == DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT
                && (selfDeploying || profile.getDeviceType() != AutopilotDeviceType.WINDOWS_PC)) {
            return Availability.hidden("Pre-provisioning is offered for user-driven Windows PC profiles only");
        }
        if (feature == DEPLOYMENT_PROFILE__LOCALE && profile.getLanguageRegion() != LanguageRegion.SPECIFIC_LOCALE) {
            return Availability.hidden("Shown when 'Language (Region)' is a specific language");
        }
        if (feature == DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD
                && profile.getLanguageRegion() == LanguageRegion.USER_SELECT) {
            return Availability.disabled("Set 'Language (Region)' first: the keyboard is configured only when the"
                    + " language is set");
        }
        if (feature == DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE && hybrid) {
            return Availability.disabled("Not available for Microsoft Entra hybrid join: the domain join profile"
                    + " names the devices");
        }
        if (feature == DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE && (!profile.isApplyDeviceNameTemplate() || hybrid)) {
            return Availability.hidden("Shown when 'Apply device name template' is Yes");
        }
        return Availability.EDITABLE;
    }

    private static Availability esp(EnrollmentStatusPage esp, EStructuralFeature feature) {
        boolean settingsFeature = AdminCenterSettings.groupOf(esp.eClass(), feature).equals(AdminCenterSettings.SETTINGS);
        if (settingsFeature && feature != ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS
                && !esp.isShowAppAndProfileConfigurationProgress()) {
            return Availability.hidden(ONLY_WITH_PROGRESS);
        }
        if (feature == ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE && !esp.isShowCustomMessage()) {
            return Availability.hidden("Shown when 'Show custom message when time limit or error occurs' is Yes");
        }
        if (!esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled()
                && EspSettings.isUnlockedByBlockingDeviceUse(feature)) {
            return Availability.hidden(ONLY_WHEN_BLOCKING);
        }
        if ((feature == ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS
                || feature == ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE)
                && esp.getBlockingApps() != BlockingAppSelection.SELECTED) {
            return Availability.hidden("Shown when 'Block device use until these required apps are installed' is"
                    + " Selected");
        }
        return Availability.EDITABLE;
    }

    private static Availability group(Group group, EStructuralFeature feature) {
        if (feature == GROUP__DEVICES && group.getKind() == GroupKind.USER_GROUP) {
            return Availability.hidden("A user group holds users");
        }
        if (feature == GROUP__USERS && group.getKind() == GroupKind.DEVICE_GROUP) {
            return Availability.hidden("A device group holds devices");
        }
        return Availability.EDITABLE;
    }

    /** Whether {@code feature} is the profile's deployment mode, whose self-deploying value forces other settings. */
    public static boolean forcesOtherSettings(EStructuralFeature feature, Object value) {
        return feature == DEPLOYMENT_PROFILE__DEPLOYMENT_MODE && value == DeploymentMode.SELF_DEPLOYING;
    }
}
