package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code flowpilot simulate}: exit codes, the JSON contract of issue #5 and the text table. */
class SimulateCommandTest {

    static final Set<String> OUTCOMES = Set.of("desktop", "sign-on-screen", "resealed", "failed", "blocked");
    static final Set<String> SCREENS = Set.of("language-region", "keyboard", "additional-keyboard", "network-connect",
            "license-terms", "privacy", "entra-sign-in", "mfa", "provisioning-menu", "preprovision-config", "esp",
            "esp-error", "provision-result", "windows-sign-on", "stay-signed-in", "all-set", "desktop");
    private static final Set<String> PHASES = Set.of("device-preparation", "device-setup", "account-setup");
    private static final Set<String> STATUSES = Set.of("ran", "skipped", "failed", "timed-out");

    static final String USER_DRIVEN_PROFILE = "{\"@odata.type\": \"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile\","
            + " \"displayName\": \"Sales laptops\", \"locale\": \"os-default\",\n \"outOfBoxExperienceSetting\":"
            + " {\"deviceUsageType\": \"singleUser\", \"userType\": \"standard\", \"privacySettingsHidden\": true,"
            + " \"eulaHidden\": true, \"keyboardSelectionPageSkipped\": false, \"escapeLinkHidden\": true}}";
    private static final String ESP = "{\"@odata.type\": \"#microsoft.graph.windows10EnrollmentCompletionPageConfiguration\","
            + " \"displayName\": \"Sales ESP\", \"priority\": 1, \"showInstallationProgress\": true,"
            + " \"blockDeviceSetupRetryByUser\": true, \"allowDeviceResetOnInstallFailure\": true,"
            + " \"allowLogCollectionOnInstallFailure\": true, \"customErrorMessage\": \"Call 555-0100.\","
            + " \"installProgressTimeoutInMinutes\": 45, \"allowDeviceUseOnInstallFailure\": false}";

    @TempDir
    Path folder;

    @Test
    void aModeledScenarioRunsToTheDesktopAndHonoursTheJsonContract() throws Exception {
        JsonObject report = simulateContoso("Adele signs in to her laptop");
        assertEquals("desktop", report.get("outcome").getAsString());
        assertTrue(report.get("errorCode").isJsonNull());
        List<String> shown = shownScreens(report);
        assertEquals("desktop", shown.get(shown.size() - 1), shown.toString());
        assertTrue(shown.contains("entra-sign-in"), shown.toString());
        // The pre-provisioned user flow has no Device preparation and runs Device setup again.
        assertFalse(phases(report).contains("device-preparation"), report.toString());
        JsonObject setup = stepInPhase(report, "device-setup");
        assertEquals("ran", setup.get("status").getAsString());
        assertTrue(setup.get("reason").getAsString().contains("runs again"), setup.toString());
    }

    @Test
    void theTechnicianFlowEndsResealed() throws Exception {
        JsonObject report = simulateContoso("Technician pre-provisions Adele's laptop", "--windows", "10");
        assertEquals("resealed", report.get("outcome").getAsString());
        JsonObject menu = stepWithScreen(report, "provisioning-menu");
        assertEquals(List.of("Windows Autopilot provisioning", "Continue"), strings(menu.getAsJsonArray("buttons")));
        JsonObject result = stepWithScreen(report, "provision-result");
        assertEquals(List.of("Reseal"), strings(result.getAsJsonArray("buttons")));
    }

    @Test
    void anEspTimeoutStopsAtTheErrorPageWithItsButtons() throws Exception {
        JsonObject report = simulateContoso("Adele's Account setup times out");
        assertEquals("failed", report.get("outcome").getAsString());
        assertEquals("timed-out", stepInPhase(report, "account-setup").get("status").getAsString());
        JsonArray steps = report.getAsJsonArray("steps");
        JsonObject last = steps.get(steps.size() - 1).getAsJsonObject();
        assertEquals("esp-error", last.get("screen").getAsString());
        assertFalse(last.getAsJsonArray("buttons").isEmpty());
    }

    @Test
    void failurePagesActOnTheChosenButtons() throws Exception {
        JsonObject stays = simulateContoso("Technician pre-provisions Adele's laptop", "--fail", "Microsoft 365 Apps");
        assertEquals("failed", stays.get("outcome").getAsString());
        JsonObject retried = simulateContoso("Technician pre-provisions Adele's laptop", "--fail-once",
                "Microsoft 365 Apps", "--on-failure", "collect-logs,retry");
        assertEquals("resealed", retried.get("outcome").getAsString());
        List<List<String>> results = new ArrayList<>();
        for (JsonElement step : retried.getAsJsonArray("steps")) {
            if ("provision-result".equals(step.getAsJsonObject().get("screen").isJsonNull() ? null
                    : step.getAsJsonObject().get("screen").getAsString())) {
                results.add(strings(step.getAsJsonObject().getAsJsonArray("buttons")));
            }
        }
        assertEquals(3, results.size(), "red screen, red screen again after the logs, green screen: " + results);
        assertEquals(List.of("Reseal"), results.get(2));

        assertEquals("failed", simulateContoso("Adele signs in to her laptop", "--inject", "network-lost")
                .get("outcome").getAsString());
        assertEquals("desktop", simulateContoso("Adele signs in to her laptop", "--inject", "network-lost",
                "--on-failure", "retry").get("outcome").getAsString());

        Path model = Cli.contosoIn(folder);
        Cli cli = Cli.run("simulate", model.toString(), "--scenario", "Adele signs in to her laptop", "--on-failure",
                "ignore");
        assertOneLineError(cli, "flowpilot simulate: Unknown failure choice 'ignore'");
    }

    @Test
    void graphJsonRunsTheStandardFlowOfTheProfilesMode() throws Exception {
        Path profile = Files.writeString(folder.resolve("profile.json"), USER_DRIVEN_PROFILE);
        Path esp = Files.writeString(folder.resolve("esp.json"), ESP);
        Cli cli = Cli.run("simulate", "--profile-json", profile.toString(), "--esp-json", esp.toString(),
                "--windows", "11", "--network", "wifi", "--assigned-user", "adele@contoso.com", "--mfa", "--format",
                "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonObject report = checkContract(cli.out());
        assertEquals("desktop", report.get("outcome").getAsString());
        assertEquals(List.of("language-region", "keyboard", "additional-keyboard", "network-connect", "entra-sign-in",
                "mfa", "esp", "esp", "esp", "desktop"), shownScreens(report));
        JsonObject signIn = stepWithScreen(report, "entra-sign-in");
        assertEquals(List.of("Sign in"), strings(signIn.getAsJsonArray("buttons")));
        assertEquals("adele@contoso.com", signIn.get("username").getAsString());
        assertEquals("skipped", stepWithScreen(report, "privacy").get("status").getAsString());

        Cli windows10 = Cli.run("simulate", "--profile-json", profile.toString(), "--windows", "10", "--format",
                "json");
        JsonObject signIn10 = stepWithScreen(checkContract(windows10.out()), "entra-sign-in");
        assertEquals(List.of("Next"), strings(signIn10.getAsJsonArray("buttons")));
        assertTrue(signIn10.get("username").isJsonNull());
    }

    @Test
    void withoutNetworkTheRunIsBlockedAtTheNetworkScreen() throws Exception {
        Path profile = Files.writeString(folder.resolve("profile.json"), USER_DRIVEN_PROFILE);
        Cli cli = Cli.run("simulate", "--profile-json", profile.toString(), "--network", "none", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonObject report = checkContract(cli.out());
        assertEquals("blocked", report.get("outcome").getAsString());
        JsonArray steps = report.getAsJsonArray("steps");
        assertEquals("network-connect", steps.get(steps.size() - 1).getAsJsonObject().get("screen").getAsString());
    }

    @Test
    void selfDeployingFromGraphJsonEndsAtTheSignOnScreenIgnoringTheUser() throws Exception {
        Path profile = Files.writeString(folder.resolve("kiosk.json"), USER_DRIVEN_PROFILE.replace("singleUser",
                "shared"));
        Cli cli = Cli.run("simulate", "--profile-json", profile.toString(), "--assigned-user", "adele@contoso.com",
                "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonObject report = checkContract(cli.out());
        assertEquals("sign-on-screen", report.get("outcome").getAsString());
        for (JsonElement step : report.getAsJsonArray("steps")) {
            assertTrue(step.getAsJsonObject().get("username").isJsonNull(), step.toString());
        }
        assertEquals(List.of("device-preparation", "device-setup"), phases(report));
    }

    @Test
    void theTextTableIsAligned() throws Exception {
        Path model = Cli.contosoIn(folder);
        Cli cli = Cli.run("simulate", model.toString(), "--scenario", "Adele signs in to her laptop");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        String header = lines.get(0);
        List<Integer> starts = new ArrayList<>();
        for (String column : List.of("MIN", "STEP", "SCREEN", "SHOWN", "STATUS", "BUTTONS", "USER", "REASON")) {
            starts.add(header.indexOf("  " + column) + 2);
        }
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                break;
            }
            rows++;
            for (int start : starts) {
                assertEquals(' ', line.charAt(start - 1), "column boundary at " + start + " in: " + line);
                assertNotEquals(' ', line.charAt(start), "column start at " + start + " in: " + line);
            }
        }
        assertTrue(rows > 5, cli.out());
        assertTrue(cli.out().contains("\nOutcome: desktop after "), cli.out());
    }

    @Test
    void badInputExitsWithTwoAndOneLineNamingTheFileAndLine() throws Exception {
        Path model = Cli.contosoIn(folder);
        String xml = Files.readString(model);
        int cut = xml.indexOf("<scenarios");
        Path broken = Files.writeString(folder.resolve("broken.autopilot"), xml.substring(0, cut) + "<scenarios <\n");
        int brokenLine = xml.substring(0, cut).split("\n", -1).length;
        Cli cli = Cli.run("simulate", broken.toString(), "--scenario", "Adele signs in to her laptop");
        assertOneLineError(cli, "flowpilot simulate: " + broken + ": line " + brokenLine + ", column ");

        Path json = Files.writeString(folder.resolve("bad.json"), USER_DRIVEN_PROFILE.replace("\"locale\"",
                "\"locale\" \"x\","));
        cli = Cli.run("simulate", "--profile-json", json.toString());
        assertOneLineError(cli, "flowpilot simulate: " + json + ": line 1, column ");

        cli = Cli.run("simulate", model.toString(), "--scenario", "Nobody");
        assertOneLineError(cli, "flowpilot simulate: " + model + ": no scenario named 'Nobody'");

        cli = Cli.run("simulate", model.toString(), "--scenario", "Adele signs in to her laptop", "--network", "5g");
        assertOneLineError(cli, "flowpilot simulate: Unknown network '5g'");

        cli = Cli.run("simulate", model.toString(), "--scenario", "Adele signs in to her laptop", "--fail", "Edge");
        assertOneLineError(cli, "flowpilot simulate: --fail: no tracked item named 'Edge' in ");

        cli = Cli.run("simulate", folder.resolve("missing.autopilot").toString(), "--scenario", "x");
        assertOneLineError(cli, "flowpilot simulate: " + folder.resolve("missing.autopilot") + ": no such model file");
    }

    /** Simulates a scenario of the Contoso example with JSON output, checks the contract and returns the report. */
    JsonObject simulateContoso(String scenario, String... flags) throws IOException {
        List<String> args = new ArrayList<>(List.of("simulate", Cli.contosoIn(folder).toString(), "--scenario",
                scenario, "--format", "json"));
        args.addAll(List.of(flags));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        return checkContract(cli.out());
    }

    static void assertOneLineError(Cli cli, String prefix) {
        assertEquals(2, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.err().startsWith(prefix), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
        assertEquals("", cli.out());
    }

    /** Checks the fields and types issue #5 promises to pipelines and returns the parsed report. */
    static JsonObject checkContract(String json) {
        JsonObject report = JsonParser.parseString(json).getAsJsonObject();
        assertTrue(OUTCOMES.contains(report.get("outcome").getAsString()), json);
        JsonElement errorCode = report.get("errorCode");
        assertTrue(errorCode.isJsonNull() || errorCode.getAsJsonPrimitive().isString(), json);
        int step = 0;
        int clock = 0;
        for (JsonElement element : report.getAsJsonArray("steps")) {
            JsonObject record = element.getAsJsonObject();
            assertEquals(++step, record.get("step").getAsInt());
            assertTrue(record.get("kind").getAsJsonPrimitive().isString());
            JsonElement screen = record.get("screen");
            assertTrue(screen.isJsonNull() || SCREENS.contains(screen.getAsString()), record.toString());
            assertTrue(record.get("shown").getAsJsonPrimitive().isBoolean(), record.toString());
            for (JsonElement button : record.getAsJsonArray("buttons")) {
                assertTrue(button.getAsJsonPrimitive().isString(), record.toString());
            }
            JsonElement username = record.get("username");
            assertTrue(username.isJsonNull() || username.getAsJsonPrimitive().isString(), record.toString());
            JsonElement phase = record.get("espPhase");
            assertTrue(phase.isJsonNull() || PHASES.contains(phase.getAsString()), record.toString());
            JsonElement status = record.get("status");
            assertTrue(status.isJsonNull() || STATUSES.contains(status.getAsString()), record.toString());
            assertTrue(record.get("reason").getAsJsonPrimitive().isString(), record.toString());
            int minutes = record.get("clockMinutes").getAsInt();
            assertTrue(minutes >= clock, "the clock never goes back: " + record);
            clock = minutes;
        }
        assertTrue(step > 0, json);
        return report;
    }

    static List<String> shownScreens(JsonObject report) {
        List<String> screens = new ArrayList<>();
        for (JsonElement element : report.getAsJsonArray("steps")) {
            JsonObject record = element.getAsJsonObject();
            if (record.get("shown").getAsBoolean() && !record.get("screen").isJsonNull()) {
                screens.add(record.get("screen").getAsString());
            }
        }
        return screens;
    }

    static JsonObject stepWithScreen(JsonObject report, String screen) {
        for (JsonElement element : report.getAsJsonArray("steps")) {
            JsonObject record = element.getAsJsonObject();
            if (!record.get("screen").isJsonNull() && screen.equals(record.get("screen").getAsString())) {
                return record;
            }
        }
        throw new AssertionError("no step with screen " + screen + " in " + report);
    }

    private static JsonObject stepInPhase(JsonObject report, String phase) {
        for (JsonElement element : report.getAsJsonArray("steps")) {
            if (phase.equals(phaseOf(element.getAsJsonObject()))) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no step in phase " + phase + " in " + report);
    }

    private static List<String> phases(JsonObject report) {
        List<String> phases = new ArrayList<>();
        for (JsonElement element : report.getAsJsonArray("steps")) {
            String phase = phaseOf(element.getAsJsonObject());
            if (phase != null) {
                phases.add(phase);
            }
        }
        return phases;
    }

    private static String phaseOf(JsonObject record) {
        return record.get("espPhase").isJsonNull() ? null : record.get("espPhase").getAsString();
    }

    static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.getAsString()));
        return values;
    }
}
