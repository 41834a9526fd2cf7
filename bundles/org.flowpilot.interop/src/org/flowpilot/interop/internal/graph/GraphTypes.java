package org.flowpilot.interop.internal.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.flowpilot.model.AutopilotDeviceType;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.UserAccountType;

/** The Microsoft Graph (beta) type names and enumeration values Flowpilot reads and writes. */
final class GraphTypes {

    static final String AZURE_AD_PROFILE = "#microsoft.graph.azureADWindowsAutopilotDeploymentProfile";
    static final String ACTIVE_DIRECTORY_PROFILE = "#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile";
    static final String ESP_CONFIGURATION = "#microsoft.graph.windows10EnrollmentCompletionPageConfiguration";
    static final String DEVICE_IDENTITY = "#microsoft.graph.windowsAutopilotDeviceIdentity";
    static final String GROUP_TARGET = "#microsoft.graph.groupAssignmentTarget";
    static final String EXCLUSION_GROUP_TARGET = "#microsoft.graph.exclusionGroupAssignmentTarget";
    static final String ALL_DEVICES_TARGET = "#microsoft.graph.allDevicesAssignmentTarget";
    static final String ALL_USERS_TARGET = "#microsoft.graph.allLicensedUsersAssignmentTarget";
    static final String OOBE_SETTING = "microsoft.graph.outOfBoxExperienceSetting";
    static final String OOBE_SETTINGS_DEPRECATED = "microsoft.graph.outOfBoxExperienceSettings";
    static final String PROFILE_ESP_SETTINGS = "microsoft.graph.windowsEnrollmentStatusScreenSettings";

    static final String OS_DEFAULT_LANGUAGE = "os-default";
    static final String USER_SELECT_LANGUAGE = "user-select";

    /** Properties the service sets, which a create (POST) body must not carry. */
    static final String[] READ_ONLY = {"id", "createdDateTime", "lastModifiedDateTime"};

    static final Map<String, UserAccountType> USER_TYPES = new LinkedHashMap<>();
    static final Map<String, DeploymentMode> DEVICE_USAGE_TYPES = new LinkedHashMap<>();
    static final Map<String, AutopilotDeviceType> DEVICE_TYPES = new LinkedHashMap<>();

    static {
        USER_TYPES.put("administrator", UserAccountType.ADMINISTRATOR);
        USER_TYPES.put("standard", UserAccountType.STANDARD);
        // Graph's "shared" usage is what Intune calls self-deploying mode.
        DEVICE_USAGE_TYPES.put("singleUser", DeploymentMode.USER_DRIVEN);
        DEVICE_USAGE_TYPES.put("shared", DeploymentMode.SELF_DEPLOYING);
        DEVICE_TYPES.put("windowsPc", AutopilotDeviceType.WINDOWS_PC);
        DEVICE_TYPES.put("holoLens", AutopilotDeviceType.HOLO_LENS);
        DEVICE_TYPES.put("surfaceHub2", AutopilotDeviceType.SURFACE_HUB2);
        DEVICE_TYPES.put("surfaceHub2S", AutopilotDeviceType.SURFACE_HUB2_S);
    }

    private GraphTypes() {
    }

    static <E> String graphName(Map<String, E> values, E value) {
        return values.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    /** The type name with a leading '#', the form Graph uses at the top level of a body. */
    static String normalize(String odataType) {
        return odataType.startsWith("#") ? odataType : "#" + odataType;
    }
}
