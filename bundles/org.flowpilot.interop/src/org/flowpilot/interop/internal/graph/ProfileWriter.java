package org.flowpilot.interop.internal.graph;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.ScreenVisibility;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Writes a {@link DeploymentProfile} as a Graph beta deployment profile, merging back what the import kept. */
final class ProfileWriter {

    private ProfileWriter() {
    }

    static JsonObject write(DeploymentProfile profile, JsonObject extras, GraphWriteOptions options) {
        boolean hybrid = profile.getJoinType() == JoinType.ENTRA_HYBRID_JOINED;
        JsonObject json = new JsonObject();
        json.addProperty("@odata.type", hybrid ? GraphTypes.ACTIVE_DIRECTORY_PROFILE : GraphTypes.AZURE_AD_PROFILE);
        copy(extras, "id", json);
        addString(json, "displayName", profile.getName());
        addString(json, "description", profile.getDescription());
        String language = switch (profile.getLanguageRegion()) {
            case OPERATING_SYSTEM_DEFAULT -> GraphTypes.OS_DEFAULT_LANGUAGE;
            case USER_SELECT -> GraphTypes.USER_SELECT_LANGUAGE;
            case SPECIFIC_LOCALE -> profile.getLocale();
        };
        writeRenamed(json, options, "locale", "language", language);
        if (profile.getCreated() != null) {
            json.addProperty("createdDateTime", timestamp(profile.getCreated(), extras.get("createdDateTime")));
        }
        copy(extras, "lastModifiedDateTime", json);
        JsonObject oobeUnknown = extras.has(OobeNames.CURRENT.property())
                ? extras.getAsJsonObject(OobeNames.CURRENT.property()) : new JsonObject();
        if (options.currentNames()) {
            json.add(OobeNames.CURRENT.property(), oobe(profile, OobeNames.CURRENT, oobeUnknown));
        }
        if (options.deprecatedNames()) {
            json.add(OobeNames.DEPRECATED.property(), oobe(profile, OobeNames.DEPRECATED, oobeUnknown));
        }
        copy(extras, "enrollmentStatusScreenSettings", json);
        writeRenamed(json, options, "hardwareHashExtractionEnabled", "extractHardwareHash",
                profile.isConvertAllTargetedDevices());
        json.addProperty("deviceNameTemplate", profile.isApplyDeviceNameTemplate()
                && profile.getDeviceNameTemplate() != null ? profile.getDeviceNameTemplate() : "");
        json.addProperty("deviceType", GraphTypes.graphName(GraphTypes.DEVICE_TYPES, profile.getDeviceType()));
        writeRenamed(json, options, "preprovisioningAllowed", "enableWhiteGlove",
                profile.isAllowPreProvisionedDeployment());
        if (hybrid) {
            json.addProperty("hybridAzureADJoinSkipConnectivityCheck", profile.isSkipADConnectivityCheck());
        }
        for (Map.Entry<String, JsonElement> extra : extras.entrySet()) {
            if (!json.has(extra.getKey()) && !extra.getKey().equals(OobeNames.CURRENT.property())) {
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

    private static JsonObject oobe(DeploymentProfile profile, OobeNames names, JsonObject unknown) {
        JsonObject oobe = new JsonObject();
        oobe.addProperty("@odata.type", names.odataType());
        oobe.addProperty(names.privacyHidden(), profile.getPrivacySettings() == ScreenVisibility.HIDE);
        oobe.addProperty(names.eulaHidden(), profile.getMicrosoftSoftwareLicenseTerms() == ScreenVisibility.HIDE);
        oobe.addProperty("userType", GraphTypes.graphName(GraphTypes.USER_TYPES, profile.getUserAccountType()));
        oobe.addProperty("deviceUsageType",
                GraphTypes.graphName(GraphTypes.DEVICE_USAGE_TYPES, profile.getDeploymentMode()));
        oobe.addProperty(names.keyboardSkipped(), profile.isAutomaticallyConfigureKeyboard());
        oobe.addProperty(names.escapeLinkHidden(), profile.getHideChangeAccountOptions() == ScreenVisibility.HIDE);
        unknown.entrySet().forEach(e -> oobe.add(e.getKey(), e.getValue().deepCopy()));
        return oobe;
    }

    private static void writeRenamed(JsonObject json, GraphWriteOptions options, String current, String deprecated,
            Object value) {
        if (options.currentNames()) {
            add(json, current, value);
        }
        if (options.deprecatedNames()) {
            add(json, deprecated, value);
        }
    }

    private static void add(JsonObject json, String name, Object value) {
        if (value instanceof Boolean flag) {
            json.addProperty(name, flag);
        } else {
            addString(json, name, (String) value);
        }
    }

    static void addString(JsonObject json, String name, String value) {
        if (value != null) {
            json.addProperty(name, value);
        }
    }

    static void copy(JsonObject from, String name, JsonObject to) {
        if (from.has(name)) {
            to.add(name, from.get(name).deepCopy());
        }
    }

    /** The imported text when it denotes {@code date} (Graph writes 7 fractional digits), else ISO-8601 UTC. */
    static String timestamp(Date date, JsonElement imported) {
        if (imported != null && imported.isJsonPrimitive()) {
            try {
                if (java.time.OffsetDateTime.parse(imported.getAsString()).toInstant().toEpochMilli()
                        == date.getTime()) {
                    return imported.getAsString();
                }
            } catch (java.time.format.DateTimeParseException e) {
                // The kept text is not a timestamp: write the model's value.
            }
        }
        return DateTimeFormatter.ISO_INSTANT.format(date.toInstant().atOffset(ZoneOffset.UTC));
    }
}
