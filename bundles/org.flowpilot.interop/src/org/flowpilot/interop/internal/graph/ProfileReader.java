package org.flowpilot.interop.internal.graph;

import java.util.Optional;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.internal.json.JsonFields;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenVisibility;

import com.google.gson.JsonObject;

/**
 * Reads a Graph beta azureADWindowsAutopilotDeploymentProfile or activeDirectoryWindowsAutopilotDeploymentProfile
 * into a {@link DeploymentProfile}, accepting both OOBE shapes and both the deprecated and the current property
 * names (the current one wins when both are present).
 */
final class ProfileReader {

    private ProfileReader() {
    }

    /** Sets {@code profile} from {@code json}; returns what the model has no place for. */
    static JsonObject read(JsonFields json, DeploymentProfile profile, boolean hybrid, Warnings warnings)
            throws InteropException {
        profile.setJoinType(hybrid ? JoinType.ENTRA_HYBRID_JOINED : JoinType.ENTRA_JOINED);
        json.string("displayName").ifPresent(profile::setName);
        json.string("description").ifPresent(profile::setDescription);
        Optional<String> language = json.string("language");
        Optional<String> locale = json.string("locale");
        locale.or(() -> language).ifPresent(value -> setLanguage(profile, value));
        json.timestamp("createdDateTime").ifPresent(profile::setCreated);
        json.keep("@odata.type", "id", "createdDateTime", "lastModifiedDateTime", "managementServiceAppId",
                "roleScopeTagIds");
        json.strings("roleScopeTagIds");
        json.string("managementServiceAppId");
        json.timestamp("lastModifiedDateTime");

        JsonObject oobeUnknown = new JsonObject();
        Optional<JsonFields> deprecated = json.object(OobeNames.DEPRECATED.property(), "outOfBoxExperienceSettings");
        Optional<JsonFields> current = json.object(OobeNames.CURRENT.property(), "outOfBoxExperienceSetting");
        if (deprecated.isPresent()) {
            readOobe(deprecated.get(), OobeNames.DEPRECATED, profile);
            addUnknown(deprecated.get().unmodeled(warnings), oobeUnknown);
        }
        if (current.isPresent()) {
            readOobe(current.get(), OobeNames.CURRENT, profile);
            addUnknown(current.get().unmodeled(warnings), oobeUnknown);
        }

        Optional<JsonFields> esp = json.object("enrollmentStatusScreenSettings", "windowsEnrollmentStatusScreenSettings");
        if (esp.isPresent()) {
            checkProfileEsp(esp.get(), warnings);
            json.keep("enrollmentStatusScreenSettings");
        }
        Optional<Boolean> extract = json.bool("extractHardwareHash");
        Optional<Boolean> extractionEnabled = json.bool("hardwareHashExtractionEnabled");
        extractionEnabled.or(() -> extract).ifPresent(profile::setConvertAllTargetedDevices);
        Optional<String> template = json.string("deviceNameTemplate");
        if (template.isPresent()) {
            boolean apply = !template.get().isEmpty();
            profile.setApplyDeviceNameTemplate(apply);
            profile.setDeviceNameTemplate(apply ? template.get() : null);
        }
        json.choice("deviceType", GraphTypes.DEVICE_TYPES).ifPresent(profile::setDeviceType);
        Optional<Boolean> whiteGlove = json.bool("enableWhiteGlove");
        Optional<Boolean> preprovisioning = json.bool("preprovisioningAllowed");
        preprovisioning.or(() -> whiteGlove).ifPresent(profile::setAllowPreProvisionedDeployment);
        if (hybrid) {
            json.bool("hybridAzureADJoinSkipConnectivityCheck").ifPresent(profile::setSkipADConnectivityCheck);
        }
        JsonObject unmodeled = json.unmodeled(warnings);
        unmodeled.remove("@odata.type");
        if (!oobeUnknown.isEmpty()) {
            unmodeled.add(OobeNames.CURRENT.property(), oobeUnknown);
        }
        return unmodeled;
    }

    private static void setLanguage(DeploymentProfile profile, String value) {
        if (value.isEmpty() || value.equals(GraphTypes.OS_DEFAULT_LANGUAGE)) {
            profile.setLanguageRegion(LanguageRegion.OPERATING_SYSTEM_DEFAULT);
            profile.setLocale(null);
        } else if (value.equals(GraphTypes.USER_SELECT_LANGUAGE)) {
            profile.setLanguageRegion(LanguageRegion.USER_SELECT);
            profile.setLocale(null);
        } else {
            profile.setLanguageRegion(LanguageRegion.SPECIFIC_LOCALE);
            profile.setLocale(value);
        }
    }

    private static void readOobe(JsonFields oobe, OobeNames names, DeploymentProfile profile)
            throws InteropException {
        oobe.keep("@odata.type");
        oobe.bool(names.privacyHidden()).ifPresent(hidden -> profile.setPrivacySettings(visibility(hidden)));
        oobe.bool(names.eulaHidden()).ifPresent(hidden -> profile.setMicrosoftSoftwareLicenseTerms(visibility(hidden)));
        oobe.choice("userType", GraphTypes.USER_TYPES).ifPresent(profile::setUserAccountType);
        oobe.choice("deviceUsageType", GraphTypes.DEVICE_USAGE_TYPES).ifPresent(profile::setDeploymentMode);
        oobe.bool(names.keyboardSkipped()).ifPresent(profile::setAutomaticallyConfigureKeyboard);
        oobe.bool(names.escapeLinkHidden()).ifPresent(hidden -> profile.setHideChangeAccountOptions(visibility(hidden)));
    }

    private static void addUnknown(JsonObject unmodeled, JsonObject into) {
        unmodeled.remove("@odata.type");
        unmodeled.entrySet().forEach(e -> into.add(e.getKey(), e.getValue()));
    }

    private static ScreenVisibility visibility(boolean hidden) {
        return hidden ? ScreenVisibility.HIDE : ScreenVisibility.SHOW;
    }

    /** The per-profile ESP block has no place in the model: it is checked here and kept whole in the extras. */
    private static void checkProfileEsp(JsonFields esp, Warnings warnings) throws InteropException {
        esp.keep("@odata.type");
        for (String flag : new String[] {"hideInstallationProgress", "allowDeviceUseBeforeProfileAndAppInstallComplete",
                "blockDeviceSetupRetryByUser", "allowLogCollectionOnInstallFailure", "allowDeviceUseOnInstallFailure"}) {
            esp.bool(flag);
        }
        esp.string("customErrorMessage");
        esp.integer("installProgressTimeoutInMinutes");
        esp.unmodeled(warnings);
    }
}
