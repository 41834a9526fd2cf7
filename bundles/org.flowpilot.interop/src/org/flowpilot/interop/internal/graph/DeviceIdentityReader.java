package org.flowpilot.interop.internal.graph;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.interop.internal.json.JsonFields;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Device;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.User;

import com.google.gson.JsonElement;

/**
 * Reads a Graph windowsAutopilotDeviceIdentity (an Autopilot device, as backed up by Intune-as-code tools) into the
 * model's device with the same serial number, or a new one. The assigned user is the model's user with that UPN,
 * added when missing, as the hardware hash CSV does.
 */
final class DeviceIdentityReader {

    /** Documented beta properties a device in the model has no place for: read, then left out silently. */
    private static final Set<String> UNMODELED = Set.of("@odata.type", "id", "deploymentProfileAssignmentStatus",
            "deploymentProfileAssignmentDetailedStatus", "deploymentProfileAssignedDateTime", "purchaseOrderIdentifier",
            "productKey", "enrollmentState", "lastContactedDateTime", "resourceName", "skuNumber", "systemFamily",
            "azureActiveDirectoryDeviceId", "azureAdDeviceId", "managedDeviceId", "deviceAccountUpn",
            "deviceAccountPassword", "deviceFriendlyName", "remediationState", "remediationStateLastModifiedDateTime",
            "userlessEnrollmentStatus");

    private DeviceIdentityReader() {
    }

    static void read(JsonFields json, AutopilotModel model, Warnings warnings) throws InteropException {
        Optional<String> serial = json.string("serialNumber").filter(s -> !s.isBlank());
        if (serial.isEmpty()) {
            throw json.document().error(json.json(), "an Autopilot device (windowsAutopilotDeviceIdentity) needs a"
                    + " 'serialNumber'");
        }
        Device device = model.getDevices().stream().filter(d -> serial.get().equals(d.getSerialNumber()))
                .findFirst().orElseGet(() -> {
                    Device created = FlowpilotFactory.eINSTANCE.createDevice();
                    created.setName(serial.get());
                    created.setSerialNumber(serial.get());
                    model.getDevices().add(created);
                    return created;
                });
        json.string("displayName").filter(s -> !s.isBlank()).ifPresent(device::setName);
        json.string("groupTag").ifPresent(tag -> device.setGroupTag(emptyToNull(tag)));
        json.string("manufacturer").filter(s -> !s.isBlank()).ifPresent(device::setManufacturer);
        json.string("model").filter(s -> !s.isBlank()).ifPresent(device::setModel);
        Optional<String> friendly = json.string("addressableUserName");
        friendly.ifPresent(name -> device.setUserFriendlyName(emptyToNull(name)));
        Optional<String> upn = json.string("userPrincipalName");
        if (upn.isPresent()) {
            device.setAssignedUser(upn.get().isBlank() ? null : user(model, upn.get(), friendly.orElse(null)));
        }
        for (Map.Entry<String, JsonElement> property : json.json().entrySet()) {
            String name = property.getKey();
            if (UNMODELED.contains(name)) {
                json.any(name);
            }
        }
        for (String name : json.json().keySet()) {
            if (!json.wasRead(name)) {
                warnings.add(json.document().warning(json.json().get(name).isJsonNull() ? json.json()
                        : json.json().get(name), "unknown property '" + name + "' of windowsAutopilotDeviceIdentity"
                                + " is ignored: a device keeps only what the model has a place for"));
            }
        }
    }

    private static User user(AutopilotModel model, String upn, String displayName) {
        for (User user : model.getUsers()) {
            if (upn.equals(user.getUserPrincipalName())) {
                return user;
            }
        }
        User user = FlowpilotFactory.eINSTANCE.createUser();
        user.setName(upn);
        user.setUserPrincipalName(upn);
        user.setDisplayName(emptyToNull(displayName));
        model.getUsers().add(user);
        return user;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
