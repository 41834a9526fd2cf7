package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.flowpilot.interop.ModelDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code flowpilot diff}: what people see differently, and its exit codes. */
class DiffCommandTest {

    private static final String STAFF = "Fabrikam staff laptops";

    @TempDir
    Path folder;

    private static JsonObject json(Cli cli) {
        return JsonParser.parseString(cli.out()).getAsJsonObject();
    }

    private static JsonObject profile(JsonObject report, String name) {
        for (JsonElement profile : report.getAsJsonArray("profiles")) {
            if (profile.getAsJsonObject().get("profile").getAsString().equals(name)) {
                return profile.getAsJsonObject();
            }
        }
        throw new AssertionError("no profile " + name + " in " + report);
    }

    @Test
    void theSameTenantInJsonAndYamlShowsNoDifference() throws Exception {
        FabrikamBackup.Pair pair = new FabrikamBackup.Pair(FabrikamBackup.copy("json", folder, "before"),
                FabrikamBackup.copy("yaml", folder, "after"));
        Cli cli = pair.diff();
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("No one sees a difference (2 deployment profiles compared, up to 48 scenarios each).\n", cli.out());
        JsonObject report = json(pair.diff("--format", "json"));
        assertFalse(report.get("changed").getAsBoolean());
        assertEquals(2, report.get("profilesCompared").getAsInt());
        assertEquals(0, report.getAsJsonArray("profiles").size());
        assertEquals(0, report.getAsJsonArray("unseen").size());
    }

    @Test
    void aHiddenScreenChangesTheRowsThatShowedItAndNamesTheSetting() throws Exception {
        FabrikamBackup.Pair pair = FabrikamBackup.pair("yaml", folder);
        pair.editAfter(FabrikamBackup.STAFF + ".yaml", "privacySettingsHidden: false",
                "privacySettingsHidden: true");
        Cli cli = pair.diff("--format", "json");
        assertEquals(1, cli.exitCode(), cli.err());
        JsonObject report = json(cli);
        assertTrue(report.get("changed").getAsBoolean());
        assertEquals(1, report.getAsJsonArray("profiles").size(), "the kiosk profile did not change");
        JsonObject staff = profile(report, STAFF);
        assertEquals("changed", staff.get("presence").getAsString());
        JsonObject cause = staff.getAsJsonArray("causes").get(0).getAsJsonObject();
        assertEquals("profile.privacySettings", cause.get("setting").getAsString());
        assertEquals("Show", cause.get("before").getAsString());
        assertEquals("Hide", cause.get("after").getAsString());
        JsonArray rows = staff.getAsJsonArray("rows");
        // The user flows that reach the Privacy screen: user-driven and pre-provisioned, 2 Windows x 2 networks x
        // assigned or not; without a network the flow stops before it.
        assertEquals(16, rows.size());
        for (JsonElement element : rows) {
            JsonObject row = element.getAsJsonObject();
            List<String> screensBefore = SimulateCommandTest.strings(row.getAsJsonObject("before")
                    .getAsJsonArray("screens"));
            List<String> screensAfter = SimulateCommandTest.strings(row.getAsJsonObject("after")
                    .getAsJsonArray("screens"));
            assertTrue(screensBefore.contains("privacy"), row.toString());
            assertFalse(screensAfter.contains("privacy"), row.toString());
            assertEquals("user", row.get("person").getAsString());
        }

        Cli text = pair.diff();
        assertEquals(1, text.exitCode());
        assertTrue(text.out().startsWith("Deployment profile '" + STAFF + "': 16 of 48 scenarios change (ESP"
                + " 'Fabrikam ESP')\n  because Privacy settings: Show \u2192 Hide\n"), text.out());
        assertTrue(text.out().contains("> -privacy >"), text.out());
        assertTrue(text.out().endsWith("People see a difference in 1 of 2 deployment profiles.\n"), text.out());
    }

    @Test
    void aShorterEspTimeoutFailsTheInstallsItNoLongerWaitsFor() throws Exception {
        FabrikamBackup.Pair pair = new FabrikamBackup.Pair(
                Cli.contosoIn(Files.createDirectories(folder.resolve("before"))),
                Cli.contosoIn(Files.createDirectories(folder.resolve("after"))));
        Path after = pair.after();
        ModelDocument edited = ModelDocument.open(after);
        edited.model().getEnrollmentStatusPages().get(0).setInstallationTimeoutMinutes(15);
        edited.save();
        Cli cli = pair.diff("--format", "json");
        assertEquals(1, cli.exitCode(), cli.err());
        JsonObject profile = json(cli).getAsJsonArray("profiles").get(0).getAsJsonObject();
        JsonObject cause = profile.getAsJsonArray("causes").get(0).getAsJsonObject();
        assertEquals("esp.installationTimeoutMinutes", cause.get("setting").getAsString());
        assertEquals("ESP", cause.get("kind").getAsString());
        assertEquals("Contoso ESP", cause.get("configuration").getAsString());
        assertEquals("60", cause.get("before").getAsString());
        assertEquals("15", cause.get("after").getAsString());
        JsonArray rows = profile.getAsJsonArray("rows");
        assertFalse(rows.isEmpty());
        for (JsonElement element : rows) {
            JsonObject row = element.getAsJsonObject();
            assertEquals("failed", row.getAsJsonObject("after").get("outcome").getAsString(), row.toString());
            assertTrue(row.getAsJsonObject("after").get("clockMinutes").getAsInt()
                    < row.getAsJsonObject("before").get("clockMinutes").getAsInt(), row.toString());
        }
    }

    @Test
    void anEspTimeoutNothingIsTrackedForIsASettingNoOneSees() throws Exception {
        FabrikamBackup.Pair pair = FabrikamBackup.pair("json", folder);
        pair.editAfter(FabrikamBackup.ESP + ".json", "\"installProgressTimeoutInMinutes\": 60",
                "\"installProgressTimeoutInMinutes\": 30");
        Cli cli = pair.diff("--format", "json");
        // A backup has no tracked items (apps are configured elsewhere), so the ESP never waits 30 minutes.
        assertEquals(0, cli.exitCode(), cli.err());
        JsonArray unseen = json(cli).getAsJsonArray("unseen");
        assertEquals(1, unseen.size());
        JsonObject esp = unseen.get(0).getAsJsonObject();
        assertEquals("ESP", esp.get("kind").getAsString());
        assertEquals("Fabrikam ESP", esp.get("configuration").getAsString());
        assertEquals("esp.installationTimeoutMinutes", esp.getAsJsonArray("settings").get(0).getAsJsonObject()
                .get("setting").getAsString());
        Cli text = pair.diff();
        assertTrue(text.out().startsWith("Settings changed that no one sees:\n  Enrollment Status Page 'Fabrikam ESP':"
                + " Show an error when installation takes longer than specified number of minutes: 60 \u2192 30\n"),
                text.out());
    }

    @Test
    void aDeploymentModeChangeSwapsTheFlowsThatHappen() throws Exception {
        FabrikamBackup.Pair pair = FabrikamBackup.pair("json", folder);
        pair.editAfter(FabrikamBackup.STAFF + ".json", "\"deviceUsageType\": \"singleUser\"",
                "\"deviceUsageType\": \"shared\"");
        Cli cli = pair.diff("--format", "json");
        assertEquals(1, cli.exitCode(), cli.err());
        JsonObject staff = profile(json(cli), STAFF);
        assertEquals("profile.deploymentMode", staff.getAsJsonArray("causes").get(0).getAsJsonObject().get("setting")
                .getAsString());
        JsonArray rows = staff.getAsJsonArray("rows");
        assertEquals(48, rows.size());
        for (JsonElement element : rows) {
            JsonObject row = element.getAsJsonObject();
            boolean selfDeploying = row.get("deployment").getAsString().equals("self-deploying");
            // Self-deploying only happens after; user-driven and pre-provisioning only before.
            assertEquals(selfDeploying, row.get("before").isJsonNull(), row.toString());
            assertEquals(!selfDeploying, row.get("after").isJsonNull(), row.toString());
        }
    }

    @Test
    void aHybridJoinComparesWithoutTheSelfDeployingCasesItCannotRun() throws Exception {
        FabrikamBackup.Pair pair = FabrikamBackup.pair("json", folder);
        pair.editAfter(FabrikamBackup.STAFF + ".json", "#microsoft.graph.azureADWindowsAutopilotDeploymentProfile",
                "#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile");
        Cli cli = pair.diff("--format", "json");
        assertEquals(1, cli.exitCode(), cli.err());
        JsonObject staff = profile(json(cli), STAFF);
        assertEquals("profile.joinType", staff.getAsJsonArray("causes").get(0).getAsJsonObject().get("setting")
                .getAsString());
        assertEquals(48, staff.get("scenarios").getAsInt(), "the cases of both sides");
        for (JsonElement element : staff.getAsJsonArray("rows")) {
            JsonObject row = element.getAsJsonObject();
            assertFalse(row.get("deployment").getAsString().equals("self-deploying"), row.toString());
            assertTrue(row.getAsJsonObject("after").get("flow").getAsString().toLowerCase(Locale.ROOT).contains("hybrid")
                    || row.get("person").getAsString().equals("technician"), row.toString());
        }
    }

    @Test
    void addedAndRemovedProfilesAreSeen() throws Exception {
        FabrikamBackup.Pair pair = FabrikamBackup.pair("json", folder);
        Path after = pair.after();
        Files.delete(after.resolve(FabrikamBackup.KIOSKS + ".json"));
        Cli cli = pair.diff("--format", "json");
        assertEquals(1, cli.exitCode(), cli.err());
        JsonObject kiosks = profile(json(cli), "Fabrikam shared kiosks");
        assertEquals("removed", kiosks.get("presence").getAsString());
        Cli back = Cli.run("diff", pair.after().toString(), pair.before().toString(), "--format", "json");
        assertEquals(1, back.exitCode());
        assertEquals("added", profile(json(back), "Fabrikam shared kiosks").get("presence").getAsString());
    }

    @Test
    void eitherSideMayBeAModelAGraphFileOrAFolder() throws Exception {
        Path backup = FabrikamBackup.copy("yaml", folder, "backup");
        Path model = folder.resolve("fabrikam.autopilot");
        assertEquals(0, Cli.run("import", backup.toString(), "--into", model.toString()).exitCode());
        assertEquals(0, Cli.run("diff", model.toString(), backup.toString()).exitCode());
        Path profile = backup.resolve(FabrikamBackup.STAFF + ".yaml");
        Cli cli = Cli.run("diff", profile.toString(), backup.toString(), "--format", "json");
        // The single profile file lacks the kiosk profile and the ESP the folder has.
        assertEquals(1, cli.exitCode(), cli.err());
        assertEquals("added", profile(json(cli), "Fabrikam shared kiosks").get("presence").getAsString());
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws Exception {
        FabrikamBackup.Pair pair = FabrikamBackup.pair("yaml", folder);
        Path before = pair.before();
        Path after = pair.after();
        pair.editAfter(FabrikamBackup.STAFF + ".yaml", "eulaHidden: true", "eulaHidden: [true");
        Cli cli = pair.diff();
        assertEquals(2, cli.exitCode());
        assertEquals("", cli.out());
        List<String> errors = cli.err().lines().toList();
        assertEquals(1, errors.size(), cli.err());
        assertTrue(errors.get(0).startsWith("flowpilot diff: " + after.resolve(FabrikamBackup.STAFF + ".yaml")
                + ": line "), errors.get(0));

        Cli missing = Cli.run("diff", before.toString(), folder.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("flowpilot diff: " + folder.resolve("nowhere") + ": no such file or folder\n", missing.err());
        assertEquals(2, Cli.run("diff", before.toString()).exitCode(), "AFTER is required");
    }
}
