package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The commands end to end: exit codes, text and JSON output, and files left alone on errors. */
class CommandsTest {

    private static final String PROFILE = "{\"@odata.type\": \"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile\","
            + " \"displayName\": \"Kiosk\", \"outOfBoxExperienceSetting\": {\"deviceUsageType\": \"shared\","
            + " \"userType\": \"administrator\"}}";

    @TempDir
    Path folder;

    private String out;
    private String err;

    private int run(String... args) {
        Cli cli = Cli.run(args);
        out = cli.out();
        err = cli.err();
        return cli.exitCode();
    }

    @Test
    void importCreatesTheModelAndValidateReportsItsProblems() throws Exception {
        Path json = Files.writeString(folder.resolve("kiosk.json"), PROFILE);
        Path model = folder.resolve("tenant.autopilot");
        assertEquals(0, run("import", json.toString(), "--into", model.toString()), err);
        assertTrue(out.contains("Imported 1 element from " + json), out);
        assertTrue(Files.exists(model));

        // Self-deploying with the administrator account type: rule AP02 is a warning only.
        assertEquals(0, run("validate", model.toString()), err);
        assertTrue(out.contains("warning AP02 /profiles['Kiosk']: "), out);
        assertEquals(0, run("validate", model.toString(), "--format", "json"), err);
        JsonObject report = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(0, report.get("errors").getAsInt());
        JsonObject problem = report.getAsJsonArray("problems").get(0).getAsJsonObject();
        assertEquals("AP02", problem.get("rule").getAsString());
        assertEquals("warning", problem.get("severity").getAsString());
        assertEquals("/profiles['Kiosk']", problem.get("path").getAsString());
    }

    @Test
    void validationErrorsExitWithOne() throws Exception {
        Path csv = Files.writeString(folder.resolve("d.csv"), "Device Serial Number,Windows Product ID,Hardware Hash,"
                + "Group Tag,Assigned User\r\nSN1,,HASH,,not-a-upn@\r\n");
        Path model = folder.resolve("m.autopilot");
        assertEquals(0, run("import", csv.toString(), "--into", model.toString()), err);
        assertEquals(1, run("validate", model.toString()));
        assertTrue(out.contains("error AP17 /devices['SN1']: "), out);
        assertTrue(out.contains("1 error"), out);
    }

    @Test
    void badInputExitsWithTwoAndWritesNothing() throws Exception {
        Path good = Files.writeString(folder.resolve("good.json"), PROFILE);
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"@odata.type\": \"#microsoft.graph.user\"}");
        Path model = folder.resolve("m.autopilot");
        assertEquals(2, run("import", good.toString(), bad.toString(), "--into", model.toString()));
        assertEquals("flowpilot import: " + bad + ": line 1, column 17: expected @odata.type"
                + " #microsoft.graph.azureADWindowsAutopilotDeploymentProfile,"
                + " #microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile,"
                + " #microsoft.graph.windows10EnrollmentCompletionPageConfiguration,"
                + " #microsoft.graph.windowsAutopilotDeviceIdentity; found \"#microsoft.graph.user\"\n",
                err);
        assertFalse(Files.exists(model), "no model written");

        assertEquals(0, run("import", good.toString(), "--into", model.toString()), err);
        byte[] before = Files.readAllBytes(model);
        assertEquals(2, run("import", bad.toString(), "--into", model.toString()));
        assertEquals(new String(before), Files.readString(model), "model unchanged");

        Path out = Files.writeString(folder.resolve("AutopilotConfigurationFile.json"), "previous");
        assertEquals(2, run("export", model.toString(), "--format", "autopilot-config", "--out", out.toString()));
        assertTrue(err.startsWith("flowpilot export: profile 'Kiosk' is self-deploying"), err);
        assertEquals("previous", Files.readString(out));
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertEquals(2, run("export", "m.autopilot", "--format", "xml", "--out", "x"));
        assertTrue(err.contains("expected graph-json, csv or autopilot-config"), err);
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run());
        assertTrue(err.startsWith("Missing command: import, export, validate, simulate, explain or diff"), err);
        assertEquals(2, run("validate", folder.resolve("missing.autopilot").toString()));
        assertTrue(err.contains("no such model file"), err);
    }

    @Test
    void exportWritesEachFormat() throws Exception {
        Path json = Files.writeString(folder.resolve("p.json"), PROFILE.replace("shared", "singleUser"));
        Path model = folder.resolve("m.autopilot");
        assertEquals(0, run("import", json.toString(), "--into", model.toString()), err);
        Path graph = folder.resolve("out.json");
        assertEquals(0, run("export", model.toString(), "--format", "graph-json", "--out", graph.toString(),
                "--graph-names", "both"), err);
        String written = Files.readString(graph);
        assertTrue(written.contains("\"outOfBoxExperienceSetting\"") && written.contains("\"outOfBoxExperienceSettings\""),
                written);
        Path offline = folder.resolve("AutopilotConfigurationFile.json");
        assertEquals(0, run("export", model.toString(), "--format", "autopilot-config", "--out", offline.toString(),
                "--tenant-id", "1537de22-988c-4e93-b8a5-83890f34a69b", "--tenant-domain", "contoso.onmicrosoft.com"),
                err);
        assertTrue(Files.readString(offline).contains("\"CloudAssignedDomainJoinMethod\": 0"));
    }
}
