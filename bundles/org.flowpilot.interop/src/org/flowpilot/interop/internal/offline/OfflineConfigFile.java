package org.flowpilot.interop.internal.offline;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.JsonDocument;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.interop.internal.json.JsonFields;
import org.flowpilot.interop.internal.json.JsonProperties;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.UserAccountType;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * AutopilotConfigurationFile.json, the offline profile of Windows Autopilot for existing devices: one user-driven
 * profile, with the OOBE settings in the {@code CloudAssignedOobeConfig} bitmap (2 OobeUserNotLocalAdmin,
 * 4 SkipExpressSettings, 16 SkipEula; the other bits are kept as they were read).
 */
public final class OfflineConfigFile {

    /** The exact file name Windows looks for. */
    public static final String FILE_NAME = "AutopilotConfigurationFile.json";

    static final int USER_NOT_LOCAL_ADMIN = 2;
    static final int SKIP_EXPRESS_SETTINGS = 4;
    static final int SKIP_OEM_REGISTRATION = 8;
    static final int SKIP_EULA = 16;
    private static final int MODELED_BITS = USER_NOT_LOCAL_ADMIN | SKIP_EXPRESS_SETTINGS | SKIP_EULA;
    private static final String TENANT_ID = "CloudAssignedTenantId";
    private static final String TENANT_DOMAIN = "CloudAssignedTenantDomain";
    private static final String COMMENT_PREFIX = "Profile ";
    private static final String UNMODELED_OOBE_BITS = "CloudAssignedOobeConfig";
    private static final Map<Integer, JoinType> JOIN_METHODS = Map.of(0, JoinType.ENTRA_JOINED, 1,
            JoinType.ENTRA_HYBRID_JOINED);

    private OfflineConfigFile() {
    }

    /** Whether {@code root} looks like an offline Autopilot profile. */
    public static boolean isOfflineConfig(JsonElement root) {
        return root instanceof JsonObject object
                && object.keySet().stream().anyMatch(name -> name.startsWith("CloudAssigned"));
    }

    /** Imports the profile of {@code document}, updating the model's profile of the same name if there is one. */
    public static DeploymentProfile importInto(JsonDocument document, AutopilotModel model, Warnings warnings)
            throws InteropException {
        JsonFields json = new JsonFields(document, document.root().getAsJsonObject(), FILE_NAME);
        json.keep("Version", "CloudAssignedForcedEnrollment",
                "ZtdCorrelationId", "CloudAssignedAadServerData");
        json.integer("Version");
        Optional<String> tenantId = json.string(TENANT_ID);
        Optional<String> tenantDomain = json.string(TENANT_DOMAIN);
        json.integer("CloudAssignedForcedEnrollment");
        json.string("ZtdCorrelationId");
        json.string("CloudAssignedAadServerData");
        String name = json.string("Comment_File").map(c -> c.startsWith(COMMENT_PREFIX)
                ? c.substring(COMMENT_PREFIX.length()) : c).orElse("Autopilot profile");
        DeploymentProfile profile = model.getProfiles().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseGet(() -> {
                    DeploymentProfile created = FlowpilotFactory.eINSTANCE.createDeploymentProfile();
                    created.setName(name);
                    model.getProfiles().add(created);
                    return created;
                });
        profile.setDeploymentMode(DeploymentMode.USER_DRIVEN);
        Optional<Integer> joinMethod = json.integer("CloudAssignedDomainJoinMethod");
        if (joinMethod.isPresent()) {
            JoinType joinType = JOIN_METHODS.get(joinMethod.get());
            if (joinType == null) {
                throw document.error(json.json().get("CloudAssignedDomainJoinMethod"), "'CloudAssignedDomainJoinMethod'"
                        + " must be 0 (Microsoft Entra joined) or 1 (Microsoft Entra hybrid joined); found "
                        + joinMethod.get());
            }
            profile.setJoinType(joinType);
        }
        Optional<String> deviceName = json.string("CloudAssignedDeviceName");
        deviceName.ifPresent(template -> {
            profile.setApplyDeviceNameTemplate(!template.isEmpty());
            profile.setDeviceNameTemplate(template.isEmpty() ? null : template);
        });
        Optional<Integer> oobe = json.integer("CloudAssignedOobeConfig");
        JsonObject unmodeled = json.unmodeled(warnings);
        if (oobe.isPresent()) {
            int bits = oobe.get();
            profile.setUserAccountType((bits & USER_NOT_LOCAL_ADMIN) != 0 ? UserAccountType.STANDARD
                    : UserAccountType.ADMINISTRATOR);
            profile.setPrivacySettings(visibility((bits & SKIP_EXPRESS_SETTINGS) != 0));
            profile.setMicrosoftSoftwareLicenseTerms(visibility((bits & SKIP_EULA) != 0));
            unmodeled.addProperty(UNMODELED_OOBE_BITS, bits & ~MODELED_BITS);
        }
        tenantId.ifPresent(model::setTenantId);
        tenantDomain.ifPresent(model::setTenantDomain);
        JsonProperties.putAll(unmodeled, profile.getOfflineConfigProperties());
        return profile;
    }

    /**
     * The offline file of {@code profile}, in ASCII. The tenant comes from {@code tenantId} and {@code tenantDomain}
     * when given, else from the model's tenant (set by an earlier import of such a file).
     */
    public static byte[] write(DeploymentProfile profile, String tenantId, String tenantDomain)
            throws InteropException {
        String it = "profile '" + profile.getName() + "'";
        if (profile.getDeploymentMode() != DeploymentMode.USER_DRIVEN) {
            throw new InteropException(it + " is self-deploying: " + FILE_NAME + " supports only user-driven"
                    + " profiles (self-deploying and pre-provisioning need TPM attestation)");
        }
        JsonObject kept = JsonProperties.toJson(profile.getOfflineConfigProperties());
        AutopilotModel model = profile.eContainer() instanceof AutopilotModel container ? container : null;
        String tenant = tenantId != null ? tenantId : model != null ? model.getTenantId() : null;
        String domain = tenantDomain != null ? tenantDomain : model != null ? model.getTenantDomain() : null;
        if (tenant == null || domain == null) {
            throw new InteropException(it + ": " + FILE_NAME + " needs the tenant id and domain: pass --tenant-id"
                    + " and --tenant-domain (the model does not hold them unless such a file was imported)");
        }
        Map<String, JsonElement> ordered = new LinkedHashMap<>();
        JsonObject json = new JsonObject();
        json.addProperty(TENANT_ID, tenant);
        if (profile.isApplyDeviceNameTemplate() && profile.getDeviceNameTemplate() != null) {
            json.addProperty("CloudAssignedDeviceName", profile.getDeviceNameTemplate());
        }
        json.add("CloudAssignedForcedEnrollment", kept.has("CloudAssignedForcedEnrollment")
                ? kept.get("CloudAssignedForcedEnrollment") : new JsonPrimitive(1));
        json.add("Version", kept.has("Version") ? kept.get("Version") : new JsonPrimitive(2049));
        json.addProperty("Comment_File", COMMENT_PREFIX + profile.getName());
        String serverData = string(kept, "CloudAssignedAadServerData");
        if (serverData == null || tenantDomain != null) {
            serverData = "{\"ZeroTouchConfig\":{\"CloudAssignedTenantUpn\":\"\",\"ForcedEnrollment\":1,"
                    + "\"CloudAssignedTenantDomain\":\"" + domain + "\"}}";
        }
        json.addProperty("CloudAssignedAadServerData", serverData);
        json.addProperty(TENANT_DOMAIN, domain);
        json.addProperty("CloudAssignedDomainJoinMethod", profile.getJoinType() == JoinType.ENTRA_HYBRID_JOINED ? 1 : 0);
        int bits = kept.has(UNMODELED_OOBE_BITS) ? kept.get(UNMODELED_OOBE_BITS).getAsInt() : SKIP_OEM_REGISTRATION;
        if (profile.getUserAccountType() == UserAccountType.STANDARD) {
            bits |= USER_NOT_LOCAL_ADMIN;
        }
        if (profile.getPrivacySettings() == ScreenVisibility.HIDE) {
            bits |= SKIP_EXPRESS_SETTINGS;
        }
        if (profile.getMicrosoftSoftwareLicenseTerms() == ScreenVisibility.HIDE) {
            bits |= SKIP_EULA;
        }
        json.addProperty("CloudAssignedOobeConfig", bits);
        String correlation = string(kept, "ZtdCorrelationId");
        json.addProperty("ZtdCorrelationId", correlation != null ? correlation
                : UUID.nameUUIDFromBytes(profile.getName().getBytes(StandardCharsets.UTF_8)).toString());
        kept.entrySet().stream().filter(e -> !json.has(e.getKey()) && !e.getKey().equals(UNMODELED_OOBE_BITS))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        ordered.forEach((name, value) -> json.add(name, value.deepCopy()));
        String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
        return asciiEscaped(text).getBytes(StandardCharsets.US_ASCII);
    }

    private static String string(JsonObject kept, String name) {
        JsonElement value = kept.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    /** Windows reads the file as ANSI: characters beyond ASCII can only appear in strings, as JSON escapes. */
    private static String asciiEscaped(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c < 0x80) {
                ascii.append((char) c);
            } else {
                ascii.append(String.format("\\u%04x", c));
            }
        });
        return ascii.toString();
    }

    private static ScreenVisibility visibility(boolean hidden) {
        return hidden ? ScreenVisibility.HIDE : ScreenVisibility.SHOW;
    }
}
