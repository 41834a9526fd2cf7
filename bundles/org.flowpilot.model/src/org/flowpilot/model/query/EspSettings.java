package org.flowpilot.model.query;

import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowpilotFactory;

/**
 * The Enrollment Status Page rules that the validator, the engine, the Graph import and the editor's forms share:
 * which settings "Block device use until all apps and profiles are installed" unlocks, the value Microsoft Graph gives
 * a property a body leaves out, and the default profile Intune applies when none is assigned.
 * <p>
 * Sources: learn.microsoft.com/intune/intune-service/enrollment/windows-enrollment-status (the settings, "Edit default
 * profile", "Prioritize profiles") and the Graph beta resource windows10EnrollmentCompletionPageConfiguration (the
 * defaults of its properties).
 */
public final class EspSettings {

    /** The name Intune gives the default Enrollment Status Page profile. */
    public static final String DEFAULT_PROFILE_NAME = "All users and all devices";

    /** The description Intune gives the default profile. */
    public static final String DEFAULT_PROFILE_DESCRIPTION = "This is the default enrollment status screen"
            + " configuration applied with the lowest priority to all users and all devices regardless of group"
            + " membership.";

    /** The timeout Graph and the admin center give a profile that names none (installProgressTimeoutInMinutes). */
    public static final int DEFAULT_TIMEOUT_MINUTES = 60;

    /**
     * The settings "Block device use until all apps and profiles are installed: Yes" unlocks, in the admin center's
     * order: the reset and use buttons of the error page and the blocking apps (with the technician-phase option that
     * depends on them). With No, the admin center hides them and Microsoft Graph refuses a body that sets them.
     */
    public static final List<EStructuralFeature> UNLOCKED_BY_BLOCKING_DEVICE_USE = List.of(
            ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR,
            ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR, ENROLLMENT_STATUS_PAGE__BLOCKING_APPS,
            ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS,
            ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE);

    private EspSettings() {
    }

    /** Whether {@code feature} is one of the settings that only "Block device use: Yes" offers. */
    public static boolean isUnlockedByBlockingDeviceUse(EStructuralFeature feature) {
        return UNLOCKED_BY_BLOCKING_DEVICE_USE.contains(feature);
    }

    /**
     * The settings of {@code esp} that only "Block device use: Yes" offers but that it sets although it does not
     * block: empty for a configuration that blocks or leaves them off.
     */
    public static List<EStructuralFeature> unlockedSettingsInUse(EnrollmentStatusPage esp) {
        List<EStructuralFeature> inUse = new ArrayList<>();
        if (esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled()) {
            return inUse;
        }
        if (esp.isAllowResetOnInstallationError()) {
            inUse.add(ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR);
        }
        if (esp.isAllowUseOnInstallationError()) {
            inUse.add(ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR);
        }
        if (esp.getBlockingApps() == BlockingAppSelection.SELECTED) {
            inUse.add(ENROLLMENT_STATUS_PAGE__BLOCKING_APPS);
        }
        return inUse;
    }

    /**
     * Sets every setting of {@code esp} to the value Microsoft Graph gives a
     * windows10EnrollmentCompletionPageConfiguration property a body leaves out: showInstallationProgress, blockDeviceSetupRetryByUser (so device use is blocked),
     * allowDeviceResetOnInstallFailure, allowLogCollectionOnInstallFailure, allowDeviceUseOnInstallFailure,
     * allowNonBlockingAppInstallation, installQualityUpdates and trackInstallProgressForAutopilotOnly false, no custom
     * message, no selected apps, a 60-minute timeout.
     */
    public static void applyGraphDefaults(EnrollmentStatusPage esp) {
        esp.setShowAppAndProfileConfigurationProgress(false);
        esp.setBlockDeviceUseUntilAllAppsAndProfilesInstalled(true);
        esp.setAllowResetOnInstallationError(false);
        esp.setTurnOnLogCollectionAndDiagnostics(false);
        esp.setShowCustomMessage(false);
        esp.setInstallationTimeoutMinutes(DEFAULT_TIMEOUT_MINUTES);
        esp.setAllowUseOnInstallationError(false);
        esp.setBlockingApps(BlockingAppSelection.ALL);
        esp.getSelectedBlockingApps().clear();
        esp.setOnlyFailSelectedBlockingAppsInTechnicianPhase(false);
        esp.setInstallWindowsQualityUpdates(false);
        esp.setOnlyShowPageToDevicesProvisionedByOobe(false);
    }

    /**
     * A new default profile as Intune creates it in every tenant and applies when no other profile is assigned to the
     * device or the user: {@value #DEFAULT_PROFILE_NAME}, with Graph's defaults, so it does not show the page ("Show
     * app and profile configuration progress: No") until an admin edits it.
     */
    public static EnrollmentStatusPage intuneDefaultProfile() {
        EnrollmentStatusPage esp = FlowpilotFactory.eINSTANCE.createEnrollmentStatusPage();
        esp.setName(DEFAULT_PROFILE_NAME);
        esp.setDescription(DEFAULT_PROFILE_DESCRIPTION);
        applyGraphDefaults(esp);
        return esp;
    }

    /**
     * The profile that applies to a device: {@code assigned}, the one Intune resolved from the assignments, or when
     * none is assigned (null) Intune's default profile ("Prioritize profiles": "If no profiles are assigned to the
     * device or user, Intune applies the default ESP profile").
     */
    public static EnrollmentStatusPage orIntuneDefault(EnrollmentStatusPage assigned) {
        return assigned != null ? assigned : intuneDefaultProfile();
    }
}
