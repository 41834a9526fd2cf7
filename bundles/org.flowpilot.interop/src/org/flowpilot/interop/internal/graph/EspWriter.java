package org.flowpilot.interop.internal.graph;

import java.util.Map;

import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.EnrollmentStatusPage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Writes an {@link EnrollmentStatusPage} as a Graph beta windows10EnrollmentCompletionPageConfiguration. */
final class EspWriter {

    private EspWriter() {
    }

    static JsonObject write(EnrollmentStatusPage esp, JsonObject extras, GraphWriteOptions options) {
        JsonObject json = new JsonObject();
        json.addProperty("@odata.type", GraphTypes.ESP_CONFIGURATION);
        ProfileWriter.copy(extras, "id", json);
        ProfileWriter.addString(json, "displayName", esp.getName());
        ProfileWriter.addString(json, "description", esp.getDescription());
        json.addProperty("priority", esp.getPriority());
        json.addProperty("showInstallationProgress", esp.isShowAppAndProfileConfigurationProgress());
        // The admin center's "Block device use until all apps and profiles are installed", inverted (see README).
        json.addProperty("blockDeviceSetupRetryByUser", !esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled());
        json.addProperty("allowDeviceResetOnInstallFailure", esp.isAllowResetOnInstallationError());
        json.addProperty("allowLogCollectionOnInstallFailure", esp.isTurnOnLogCollectionAndDiagnostics());
        if (esp.isShowCustomMessage()) {
            ProfileWriter.addString(json, "customErrorMessage", esp.getCustomMessage());
        }
        json.addProperty("installProgressTimeoutInMinutes", esp.getInstallationTimeoutMinutes());
        json.addProperty("allowDeviceUseOnInstallFailure", esp.isAllowUseOnInstallationError());
        if (esp.getBlockingApps() == BlockingAppSelection.SELECTED && extras.has("selectedMobileAppIds")) {
            ProfileWriter.copy(extras, "selectedMobileAppIds", json);
        } else {
            json.add("selectedMobileAppIds", new JsonArray());
        }
        json.addProperty("allowNonBlockingAppInstallation", esp.isOnlyFailSelectedBlockingAppsInTechnicianPhase());
        json.addProperty("installQualityUpdates", esp.isInstallWindowsQualityUpdates());
        json.addProperty("trackInstallProgressForAutopilotOnly", esp.isOnlyShowPageToDevicesProvisionedByOobe());
        for (Map.Entry<String, JsonElement> extra : extras.entrySet()) {
            if (!json.has(extra.getKey())) {
                json.add(extra.getKey(), extra.getValue().deepCopy());
            }
        }
        if (options.createBody()) {
            for (String readOnly : GraphTypes.READ_ONLY) {
                json.remove(readOnly);
            }
        }
        return json;
    }
}
