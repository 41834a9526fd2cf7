package org.flowpilot.interop.internal.graph;

import java.util.List;
import java.util.Optional;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.internal.json.JsonFields;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.query.EspSettings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads a Graph windows10EnrollmentCompletionPageConfiguration, beta (all ESP settings) or v1.0 (base properties
 * and allowNonBlockingAppInstallation only), into an {@link EnrollmentStatusPage}. A new element takes Microsoft
 * Graph's default for every setting the body leaves out ({@link EspSettings#applyGraphDefaults}), and the import says
 * which; an element the import updates keeps its values for them.
 * <p>
 * {@code blockDeviceSetupRetryByUser} is the admin center's "Block device use until all apps and profiles are
 * installed" inverted, not a Retry switch (the evidence is in this bundle's README).
 */
final class EspReader {

    private EspReader() {
    }

    /** The settings properties, in Graph's order: a new element takes Graph's default for those a body leaves out. */
    private static final List<String> SETTINGS = List.of("showInstallationProgress", "blockDeviceSetupRetryByUser",
            "allowDeviceResetOnInstallFailure", "allowLogCollectionOnInstallFailure", "customErrorMessage",
            "installProgressTimeoutInMinutes", "allowDeviceUseOnInstallFailure", "selectedMobileAppIds",
            "allowNonBlockingAppInstallation", "installQualityUpdates", "trackInstallProgressForAutopilotOnly");

    static JsonObject read(JsonFields json, EnrollmentStatusPage esp, boolean created, Warnings warnings)
            throws InteropException {
        if (created) {
            EspSettings.applyGraphDefaults(esp);
            List<String> missing = SETTINGS.stream().filter(name -> !json.has(name)).toList();
            if (!missing.isEmpty()) {
                warnings.add(json.warning("the Enrollment Status Page leaves out " + String.join(", ", missing)
                        + ": they take Microsoft Graph's defaults (false, no custom message, no selected apps, "
                        + EspSettings.DEFAULT_TIMEOUT_MINUTES + " minutes)"));
            }
        }
        json.keep("@odata.type", "id", "createdDateTime", "lastModifiedDateTime", "version", "roleScopeTagIds",
                "deviceEnrollmentConfigurationType", "selectedMobileAppIds", "disableUserStatusTrackingAfterFirstUser");
        json.timestamp("createdDateTime");
        json.timestamp("lastModifiedDateTime");
        json.integer("version");
        json.strings("roleScopeTagIds");
        json.string("deviceEnrollmentConfigurationType");
        json.bool("disableUserStatusTrackingAfterFirstUser");
        json.string("displayName").ifPresent(esp::setName);
        json.string("description").ifPresent(esp::setDescription);
        json.integer("priority").ifPresent(esp::setPriority);
        json.bool("showInstallationProgress").ifPresent(esp::setShowAppAndProfileConfigurationProgress);
        json.bool("blockDeviceSetupRetryByUser")
                .ifPresent(notBlocking -> esp.setBlockDeviceUseUntilAllAppsAndProfilesInstalled(!notBlocking));
        json.bool("allowDeviceResetOnInstallFailure").ifPresent(esp::setAllowResetOnInstallationError);
        json.bool("allowLogCollectionOnInstallFailure").ifPresent(esp::setTurnOnLogCollectionAndDiagnostics);
        Optional<String> message = json.string("customErrorMessage");
        if (message.isPresent() && !message.get().isEmpty()) {
            esp.setShowCustomMessage(true);
            esp.setCustomMessage(message.get());
        }
        json.integer("installProgressTimeoutInMinutes").ifPresent(esp::setInstallationTimeoutMinutes);
        json.bool("allowDeviceUseOnInstallFailure").ifPresent(esp::setAllowUseOnInstallationError);
        Optional<List<String>> selectedApps = json.strings("selectedMobileAppIds");
        selectedApps.ifPresent(apps -> esp.setBlockingApps(apps.isEmpty() ? BlockingAppSelection.ALL
                : BlockingAppSelection.SELECTED));
        // Intune-as-code backups replace the app ids by the apps' names and types; kept as they are.
        json.keep("selectedMobileAppNames");
        Optional<JsonElement> appNames = json.any("selectedMobileAppNames");
        if (selectedApps.isEmpty() && appNames.isPresent()) {
            if (!(appNames.get() instanceof JsonArray names)) {
                throw json.document().error(appNames.get(), "'selectedMobileAppNames' of "
                        + "windows10EnrollmentCompletionPageConfiguration must be an array of {name, type} objects;"
                        + " found " + JsonFields.describe(appNames.get()));
            }
            esp.setBlockingApps(names.isEmpty() ? BlockingAppSelection.ALL : BlockingAppSelection.SELECTED);
        }
        json.bool("allowNonBlockingAppInstallation").ifPresent(esp::setOnlyFailSelectedBlockingAppsInTechnicianPhase);
        json.bool("installQualityUpdates").ifPresent(esp::setInstallWindowsQualityUpdates);
        json.bool("trackInstallProgressForAutopilotOnly").ifPresent(esp::setOnlyShowPageToDevicesProvisionedByOobe);
        JsonObject unmodeled = json.unmodeled(warnings);
        unmodeled.remove("@odata.type");
        if (selectedApps.isPresent() && selectedApps.get().isEmpty()) {
            // No selected apps is blockingApps = all, which the export writes back as an empty list.
            unmodeled.remove("selectedMobileAppIds");
        }
        return unmodeled;
    }
}
