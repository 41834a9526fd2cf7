package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code flowpilot explain --devices}: one row per device, with the profile its groups give it. */
class ExplainDevicesTest {

    private static final String PROFILE = "Contoso pre-provisioned Entra join";

    @TempDir
    Path folder;

    private Path model;

    /** The example's two devices, and three from a CSV: two with its dynamic group's tag (one in lower case), one without. */
    @BeforeEach
    void importDevices() throws Exception {
        model = Cli.contosoIn(folder);
        Path csv = Files.writeString(folder.resolve("fleet.csv"),
                "Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User\r\n"
                        + "FLT0000001,,T0EwMDAxRkxUMQ==,Contoso-PP,megan@contoso.com\r\n"
                        + "FLT0000002,,T0EwMDAxRkxUMg==,Contoso-Kiosk,\r\n"
                        + "FLT0000003,,T0EwMDAxRkxUMw==,contoso-pp,\r\n");
        Cli imported = Cli.run("import", csv.toString(), "--into", model.toString());
        assertEquals(0, imported.exitCode(), imported.err());
    }

    private static JsonObject device(JsonArray devices, String name) {
        for (JsonElement device : devices) {
            if (device.getAsJsonObject().get("name").getAsString().equals(name)) {
                return device.getAsJsonObject();
            }
        }
        throw new AssertionError("no device " + name + " in " + devices);
    }

    @Test
    void eachDeviceGetsTheProfileOfItsGroupsAndTheRunOfItsWindowsNetworkAndUser() {
        Cli cli = Cli.run("explain", model.toString(), "--devices", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray devices = report.getAsJsonArray("devices");
        assertEquals(List.of("CONTOSO-LT-001", "CONTOSO-FD-002", "FLT0000001", "FLT0000002", "FLT0000003"),
                devices.asList().stream().map(d -> d.getAsJsonObject().get("name").getAsString()).toList());

        JsonObject frontDesk = device(devices, "CONTOSO-FD-002");
        assertEquals(PROFILE, frontDesk.get("profile").getAsString());
        assertEquals(10, frontDesk.get("windows").getAsInt());
        assertEquals("wifi", frontDesk.get("network").getAsString());
        assertTrue(frontDesk.get("user").isJsonNull());
        // The profile allows pre-provisioning, which only makes it possible: a device follows the profile's own
        // deployment mode unless a technician pre-provisions it.
        assertEquals("user-driven", frontDesk.get("deployment").getAsString());
        // The same run as explain's matrix row for Windows 10, Wi-Fi, no user, user-driven.
        JsonObject matrixRow = matrixRow(10, "wifi", false, "user-driven", "user");
        assertEquals(matrixRow.get("screens"), frontDesk.get("screens"));
        assertEquals(matrixRow.get("outcome"), frontDesk.get("outcome"));

        JsonObject laptop = device(devices, "CONTOSO-LT-001");
        assertEquals("adelev@contoso.com", laptop.get("user").getAsString());
        assertEquals("wired", laptop.get("network").getAsString());
        assertEquals("desktop", laptop.get("outcome").getAsString());

        // Group tags put imported devices in the dynamic device group, without regard to case.
        assertEquals(PROFILE, device(devices, "FLT0000001").get("profile").getAsString());
        assertEquals(PROFILE, device(devices, "FLT0000003").get("profile").getAsString());
        JsonObject kiosk = device(devices, "FLT0000002");
        assertTrue(kiosk.get("profile").isJsonNull(), kiosk.toString());
        assertTrue(kiosk.get("outcome").isJsonNull(), kiosk.toString());
        assertTrue(kiosk.get("screens").isJsonNull(), kiosk.toString());

        JsonObject summary = report.getAsJsonObject("summary");
        assertEquals(5, summary.get("devices").getAsInt());
        assertEquals(1, summary.get("withoutProfile").getAsInt());
        int counted = summary.getAsJsonObject("outcomes").entrySet().stream()
                .mapToInt(outcome -> outcome.getValue().getAsInt()).sum();
        assertEquals(4, counted);
    }

    private JsonObject matrixRow(int windows, String network, boolean userAssigned, String deployment,
            String person) {
        Cli cli = Cli.run("explain", model.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        for (JsonElement element : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("rows")) {
            JsonObject row = element.getAsJsonObject();
            if (row.get("windows").getAsInt() == windows && row.get("network").getAsString().equals(network)
                    && row.get("userAssigned").getAsBoolean() == userAssigned
                    && row.get("deployment").getAsString().equals(deployment)
                    && row.get("person").getAsString().equals(person)) {
                return row;
            }
        }
        throw new AssertionError("no matrix row " + windows + " " + network + " " + deployment + " " + person);
    }

    @Test
    void textIsATableWithOneLinePerDeviceAndACount() {
        Cli cli = Cli.run("explain", model.toString(), "--devices");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(0).startsWith("DEVICE"), lines.get(0));
        assertEquals(1 + 5 + 1 + 1, lines.size(), cli.out());
        assertTrue(lines.get(4).startsWith("FLT0000002") && lines.get(4).contains("no-profile"), lines.get(4));
        assertTrue(lines.get(7).startsWith("5 devices: ") && lines.get(7).endsWith("1 no-profile"), lines.get(7));
    }

    @Test
    void devicesNeedAModelAndTakeNoProfileOption() {
        Cli withProfile = Cli.run("explain", model.toString(), "--devices", "--profile", PROFILE);
        assertEquals(2, withProfile.exitCode());
        assertTrue(withProfile.err().startsWith("flowpilot explain: --devices "), withProfile.err());
    }
}
