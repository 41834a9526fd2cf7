package org.flowpilot.cli.tests;

import static org.flowpilot.cli.tests.SimulateCommandTest.assertOneLineError;
import static org.flowpilot.cli.tests.SimulateCommandTest.checkContract;
import static org.flowpilot.cli.tests.SimulateCommandTest.shownScreens;
import static org.flowpilot.cli.tests.SimulateCommandTest.stepWithScreen;
import static org.flowpilot.cli.tests.SimulateCommandTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.ScreenControl;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Flow;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Issue 14, domain fidelity: each place where {@code flowpilot simulate} (and {@code explain}) told an admin something
 * the Microsoft Learn pages contradict, through the command line's JSON. Each test failed before its fix.
 */
class DomainFidelityTest {

    private static final String OOBE = "\"outOfBoxExperienceSetting\": {\"deviceUsageType\": \"singleUser\","
            + " \"userType\": \"standard\", \"privacySettingsHidden\": true, \"eulaHidden\": false,"
            + " \"keyboardSelectionPageSkipped\": false, \"escapeLinkHidden\": true}";
    private static final String ENTRA_PROFILE = "{\"@odata.type\":"
            + " \"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile\", \"displayName\": \"Sales laptops\","
            + " \"locale\": \"os-default\", \"preprovisioningAllowed\": true, " + OOBE + "}";
    private static final String HYBRID_PROFILE = "{\"@odata.type\":"
            + " \"#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile\", \"displayName\": \"Hybrid"
            + " laptops\", \"locale\": \"os-default\", \"preprovisioningAllowed\": true,"
            + " \"hybridAzureADJoinSkipConnectivityCheck\": false, " + OOBE + "}";

    @TempDir
    Path folder;

    /** An ESP configuration as Graph returns it, with {@code settings} (JSON members) after its name. */
    private Path esp(String settings) throws IOException {
        return Files.writeString(folder.resolve("esp-" + Math.abs(settings.hashCode()) + ".json"), "{\"@odata.type\":"
                + " \"#microsoft.graph.windows10EnrollmentCompletionPageConfiguration\", \"displayName\": \"Sales ESP\","
                + " \"priority\": 1" + (settings.isEmpty() ? "" : ", " + settings) + "}");
    }

    private Path profile(String json) throws IOException {
        return Files.writeString(folder.resolve("profile-" + Math.abs(json.hashCode()) + ".json"), json);
    }

    private static JsonObject simulate(String... args) {
        List<String> all = new ArrayList<>(List.of("simulate"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json"));
        Cli cli = Cli.run(all.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.err());
        return checkContract(cli.out());
    }

    /** The Contoso example with {@code change} applied, saved as a user's model file. */
    private Path contoso(Consumer<AutopilotModel> change) throws IOException {
        AutopilotModel model = ExampleModels.contoso();
        change.accept(model);
        Path file = Files.createTempFile(folder, "contoso", ".autopilot");
        AutopilotPersistence.save(model, URI.createFileURI(file.toString()));
        return file;
    }

    private static List<JsonObject> steps(JsonObject report) {
        return report.getAsJsonArray("steps").asList().stream().map(JsonElement::getAsJsonObject).toList();
    }

    private static List<JsonObject> phaseSteps(JsonObject report, String phase) {
        return steps(report).stream().filter(step -> "esp-phase".equals(step.get("kind").getAsString())
                && phase.equals(step.get("espPhase").getAsString())).toList();
    }

    private static String string(JsonObject object, String member) {
        return object.get(member).isJsonNull() ? null : object.get(member).getAsString();
    }

    /** 1. hybrid-azure-ad-join-deploy-device.md steps 8 and 9. */
    @Test
    void hybridAsksStaySignedInDuringAccountSetupAndSignsOutOnlyOnceItCompletes() throws IOException {
        Path hybrid = profile(HYBRID_PROFILE);
        Path esp = esp("\"showInstallationProgress\": true");
        for (String deployment : List.of("user-driven", "pre-provisioned")) {
            JsonObject report = simulate("--profile-json", hybrid.toString(), "--esp-json", esp.toString(),
                    "--deployment", deployment, "--assigned-user", "adele@contoso.com");
            assertEquals("sign-on-screen", report.get("outcome").getAsString());
            List<String> shown = shownScreens(report);
            int domainSignOn = shown.indexOf("windows-sign-on");
            assertEquals(List.of("windows-sign-on", "stay-signed-in", "all-set", "esp", "windows-sign-on"),
                    shown.subList(domainSignOn, shown.size()), deployment + ": " + shown);
            // The Entra screens come during Account setup; Sign out only on the ESP that completes it.
            assertEquals("account-setup", string(stepWithScreen(report, "stay-signed-in"), "espPhase"));
            assertEquals("account-setup", string(stepWithScreen(report, "all-set"), "espPhase"));
            List<JsonObject> withSignOut = steps(report).stream().filter(step -> strings(step.getAsJsonArray(
                    "buttons")).contains(ScreenControl.SIGN_OUT.label(WindowsVersion.WINDOWS11))).toList();
            assertEquals(List.of(phaseSteps(report, "account-setup").get(0)), withSignOut, deployment);
        }
    }

    /** 2. profiles.md, pre-provision.md: allowing pre-provisioning only makes it possible. */
    @Test
    void allowingPreProvisioningDoesNotMakeARunPreProvisioned() throws IOException {
        Path entra = profile(ENTRA_PROFILE);
        JsonObject byDefault = simulate("--profile-json", entra.toString());
        assertEquals("desktop", byDefault.get("outcome").getAsString());
        assertEquals("ran", phaseSteps(byDefault, "device-preparation").get(0).get("status").getAsString(),
                "the user-driven flow runs Device preparation");
        JsonObject asked = simulate("--profile-json", entra.toString(), "--deployment", "pre-provisioned");
        assertTrue(phaseSteps(asked, "device-preparation").isEmpty(), "the pre-provisioned user flow has none");
        JsonObject technician = simulate("--profile-json", entra.toString(), "--phase", "technician");
        assertEquals("resealed", technician.get("outcome").getAsString(), "a phase asks for pre-provisioning");

        // A model: the profile allows pre-provisioning; without a scenario the device deploys user-driven, and a
        // scenario whose technician flow is done (and names no flow) runs the user flow.
        Path model = contoso(contoso -> {
            for (Scenario scenario : contoso.getScenarios()) {
                scenario.setFlow(null);
            }
        });
        JsonObject modelDefault = simulate(model.toString());
        assertEquals("ran", phaseSteps(modelDefault, "device-preparation").get(0).get("status").getAsString());
        JsonObject userFlow = simulate(model.toString(), "--scenario", "Adele signs in to her laptop");
        assertTrue(phaseSteps(userFlow, "device-preparation").isEmpty());

        // explain marks the profile's own mode, not pre-provisioning, as the default.
        Cli explain = Cli.run("explain", "--profile-json", entra.toString(), "--format", "json");
        assertEquals(0, explain.exitCode(), explain.err());
        for (JsonElement element : JsonParser.parseString(explain.out()).getAsJsonObject().getAsJsonArray("rows")) {
            JsonObject row = element.getAsJsonObject();
            assertEquals("user-driven".equals(row.get("deployment").getAsString()),
                    row.get("profileDefault").getAsBoolean(), row.toString());
        }
    }

    /** 3. windows-enrollment-status.md, "Block device use until all apps and profiles are installed". */
    @Test
    void blockDeviceUseNoLetsThePersonLeaveTheEspAndItsSettingsNeedYes() throws IOException {
        Path notBlocking = contoso(model -> {
            EnrollmentStatusPage esp = model.getEnrollmentStatusPages().get(0);
            esp.setBlockDeviceUseUntilAllAppsAndProfilesInstalled(false);
            // The settings only Yes offers go with it, so the model stays valid.
            esp.setAllowResetOnInstallationError(false);
            esp.setBlockingApps(BlockingAppSelection.ALL);
            esp.getSelectedBlockingApps().clear();
        });
        JsonObject timesOut = simulate(notBlocking.toString(), "--scenario", "Adele's Account setup times out");
        assertEquals("desktop", timesOut.get("outcome").getAsString(), "no error page holds the person");
        JsonObject failing = simulate(notBlocking.toString(), "--scenario", "Adele signs in to her laptop", "--fail",
                "Microsoft 365 Apps");
        assertEquals("desktop", failing.get("outcome").getAsString());
        JsonObject setup = phaseSteps(failing, "device-setup").get(0);
        assertTrue(setup.get("shown").getAsBoolean(), "the page still shows the progress");
        List<String> outcomes = new ArrayList<>();
        setup.getAsJsonArray("items")
                .forEach(item -> outcomes.add(item.getAsJsonObject().get("outcome").getAsString()));
        assertTrue(outcomes.contains("failed-not-blocking") && outcomes.contains("not-waited-for"), outcomes.toString());
        JsonObject blocking = simulate(Cli.contosoIn(folder).toString(), "--scenario", "Adele signs in to her laptop",
                "--fail", "Microsoft 365 Apps");
        assertEquals("failed", blocking.get("outcome").getAsString(), "Yes holds the person at the error page");
        assertTrue(blocking.get("clockMinutes").getAsInt() > failing.get("clockMinutes").getAsInt());

        // The settings Yes unlocks are a validation rule.
        Path inconsistent = contoso(model -> model.getEnrollmentStatusPages().get(0)
                .setBlockDeviceUseUntilAllAppsAndProfilesInstalled(false));
        Cli validate = Cli.run("validate", inconsistent.toString(), "--format", "json");
        assertEquals(1, validate.exitCode(), validate.out());
        List<String> rules = new ArrayList<>();
        JsonParser.parseString(validate.out()).getAsJsonObject().getAsJsonArray("problems")
                .forEach(problem -> rules.add(problem.getAsJsonObject().get("rule").getAsString()));
        assertEquals(List.of("AP35"), rules);
        Cli clean = Cli.run("validate", notBlocking.toString());
        assertEquals(0, clean.exitCode(), clean.out());
    }

    /** 4. blockDeviceSetupRetryByUser is "Block device use" inverted (org.flowpilot.interop/README.md). */
    @Test
    void blockDeviceSetupRetryByUserIsReadAsBlockDeviceUse() throws IOException {
        Path entra = profile(ENTRA_PROFILE);
        String settings = "\"showInstallationProgress\": true, \"allowLogCollectionOnInstallFailure\": true,"
                + " \"blockDeviceSetupRetryByUser\": ";
        JsonObject notBlocking = simulate("--profile-json", entra.toString(), "--esp-json",
                esp(settings + "true").toString(), "--inject", "esp-timeout");
        assertEquals("desktop", notBlocking.get("outcome").getAsString(), "true: the page does not hold the person");
        assertFalse(shownScreens(notBlocking).contains("esp-error"));
        JsonObject blocking = simulate("--profile-json", entra.toString(), "--esp-json",
                esp(settings + "false").toString(), "--inject", "esp-timeout");
        assertEquals("failed", blocking.get("outcome").getAsString());
        assertEquals(List.of(ScreenControl.RETRY.label(WindowsVersion.WINDOWS11),
                ScreenControl.COLLECT_LOGS.label(WindowsVersion.WINDOWS11)),
                strings(stepWithScreen(blocking, "esp-error").getAsJsonArray("buttons")),
                "false: the blocking page, with Retry, which no admin center setting hides");
    }

    /** 5. tips-technician-flow-screens.md: the network decides when screens appear, not which. */
    @Test
    void theTechnicianSeesLicenseTermsOverWifiAsOverEthernet() throws IOException {
        Path entra = profile(ENTRA_PROFILE);
        for (String network : List.of("wired", "wifi")) {
            JsonObject report = simulate("--profile-json", entra.toString(), "--deployment", "pre-provisioned",
                    "--phase", "technician", "--network", network);
            List<String> shown = shownScreens(report);
            assertTrue(shown.contains("license-terms"), network + ": " + shown);
            assertTrue(shown.indexOf("license-terms") < shown.indexOf("provisioning-menu"), shown.toString());
        }
    }

    /** 6. self-deploying.md: Microsoft Entra join only. */
    @Test
    void selfDeployingWithAHybridProfileIsRefusedAndLeftOutOfExplain() throws IOException {
        Path hybrid = profile(HYBRID_PROFILE);
        Cli cli = Cli.run("simulate", "--profile-json", hybrid.toString(), "--deployment", "self-deploying");
        assertOneLineError(cli, "flowpilot simulate: --deployment self-deploying: profile 'Hybrid laptops' is ");
        assertTrue(cli.err().contains("Microsoft Entra join only"), cli.err());

        Cli explain = Cli.run("explain", "--profile-json", hybrid.toString(), "--format", "json");
        assertEquals(0, explain.exitCode(), explain.err());
        JsonObject json = JsonParser.parseString(explain.out()).getAsJsonObject();
        for (JsonElement row : json.getAsJsonArray("rows")) {
            assertFalse("self-deploying".equals(row.getAsJsonObject().get("deployment").getAsString()), row.toString());
        }
        JsonArray leftOut = json.getAsJsonArray("leftOut");
        assertEquals(1, leftOut.size());
        assertEquals("self-deploying", leftOut.get(0).getAsJsonObject().get("deployment").getAsString());

        // A model that runs the self-deploying flow on a hybrid profile ends failed, saying why.
        Path model = contoso(contoso -> {
            contoso.getProfiles().get(0).setJoinType(JoinType.ENTRA_HYBRID_JOINED);
            Flow kiosk = StandardFlows.selfDeploying();
            contoso.getFlows().add(kiosk);
            contoso.getScenarios().get(0).setFlow(kiosk);
        });
        JsonObject report = simulate(model.toString(), "--scenario", "Technician pre-provisions Adele's laptop");
        assertEquals("failed", report.get("outcome").getAsString());
        JsonObject preparation = phaseSteps(report, "device-preparation").get(0);
        assertEquals("failed", preparation.get("status").getAsString());
        assertTrue(preparation.get("reason").getAsString().contains("Microsoft Entra join only"),
                preparation.toString());
    }

    /** 7. The Graph defaults of missing properties, and Intune's default ESP profile. */
    @Test
    void missingEspSettingsTakeGraphDefaultsAndTheTraceNamesTheConfiguration() throws IOException {
        Path entra = profile(ENTRA_PROFILE);
        JsonObject none = simulate("--profile-json", entra.toString(), "--windows", "11");
        assertFalse(shownScreens(none).contains("esp"), "the default profile as created shows no page");
        JsonObject configuration = none.getAsJsonObject("espConfiguration");
        assertTrue(configuration.get("intuneDefault").getAsBoolean());
        JsonObject first = phaseSteps(none, "device-preparation").get(0);
        assertTrue(first.get("reason").getAsString().contains(configuration.get("name").getAsString()),
                first.toString());

        JsonObject sparse = simulate("--profile-json", entra.toString(), "--esp-json", esp("").toString(),
                "--windows", "11");
        assertFalse(sparse.getAsJsonObject("espConfiguration").get("intuneDefault").getAsBoolean());
        assertFalse(shownScreens(sparse).contains("esp"), "showInstallationProgress defaults to false");
        JsonObject shows = simulate("--profile-json", entra.toString(), "--esp-json",
                esp("\"showInstallationProgress\": true").toString(), "--windows", "11");
        assertTrue(shownScreens(shows).contains("esp"));
        JsonObject updates = simulate("--profile-json", entra.toString(), "--esp-json",
                esp("\"showInstallationProgress\": true, \"installQualityUpdates\": true").toString(), "--windows",
                "11");
        // installQualityUpdates defaults to false: 20 minutes only when the body says true.
        assertEquals(20, updates.get("clockMinutes").getAsInt() - shows.get("clockMinutes").getAsInt());
    }

    /** 8. windows-enrollment-status.md (Continue anyway) and pre-provision.md (Reset). */
    @Test
    void continueAnywayBypassesTheLaterPhasesAndAResetPreProvisionedDeviceCannotEnrollAgain() throws IOException {
        Path model = contoso(contoso -> contoso.getEnrollmentStatusPages().get(0).setAllowUseOnInstallationError(true));
        JsonObject bypassed = simulate(model.toString(), "--scenario", "Adele signs in to her laptop", "--fail",
                "Company Portal", "--on-failure", "continue-anyway");
        assertEquals("desktop", bypassed.get("outcome").getAsString());
        JsonObject account = phaseSteps(bypassed, "account-setup").get(0);
        assertEquals("skipped", account.get("status").getAsString());
        assertFalse(account.get("shown").getAsBoolean());
        assertTrue(account.get("reason").getAsString().contains("do not say"), "silent documents are named");

        JsonObject reset = simulate(Cli.contosoIn(folder).toString(), "--scenario", "Adele signs in to her laptop",
                "--fail-once", "Company Portal", "--on-failure", "reset");
        assertEquals("failed", reset.get("outcome").getAsString());
        assertEquals("0x80180014", reset.get("errorCode").getAsString());
        List<JsonObject> setups = phaseSteps(reset, "device-setup");
        assertEquals(List.of("failed", "failed"), setups.stream().map(s -> s.get("status").getAsString()).toList());
        assertEquals("0x80180014", setups.get(1).get("errorCode").getAsString());
    }

    /** 9. technician-flow.md steps 4 to 9. */
    @Test
    void technicianScreensAreNamedAndWordedAsDocumented() throws IOException {
        Path model = Cli.contosoIn(folder);
        JsonObject ten = simulate(model.toString(), "--scenario", "Technician pre-provisions Adele's laptop",
                "--windows", "10", "--fail", "Microsoft 365 Apps");
        List<JsonObject> steps = steps(ten);
        // The Windows key five times at the Microsoft Entra sign-in page.
        int windowsKey = steps.stream().map(step -> step.get("kind").getAsString()).toList().indexOf("windows-key");
        assertEquals("entra-sign-in", string(steps.get(windowsKey - 1), "screen"));
        JsonObject configuration = stepWithScreen(ten, "preprovision-config");
        String title10 = Screen.PRE_PROVISION_CONFIGURATION.title(WindowsVersion.WINDOWS10);
        assertFalse(configuration.get("name").getAsString().contains(
                Screen.PRE_PROVISION_CONFIGURATION.title(WindowsVersion.WINDOWS11)), "the step is not named after 11");
        assertTrue(configuration.get("reason").getAsString().startsWith(title10), configuration.toString());
        JsonObject red = steps.get(steps.size() - 1);
        assertEquals("provision-result", string(red, "screen"));
        assertEquals(List.of("Retry", "Reset", "View diagnostics"), strings(red.getAsJsonArray("buttons")));
        assertFalse(red.get("name").getAsString().contains(": Retry"), "the step offers more than Retry");
        assertTrue(Screen.PROVISION_RESULT.showsQrCode(WindowsVersion.WINDOWS10));
        assertTrue(red.get("message").getAsString().contains("QR code"), "Windows 10's red screen has its QR code");

        JsonObject eleven = simulate(model.toString(), "--scenario", "Technician pre-provisions Adele's laptop",
                "--windows", "11", "--fail", "Microsoft 365 Apps");
        JsonObject red11 = steps(eleven).get(steps(eleven).size() - 1);
        assertFalse(Screen.PROVISION_RESULT.showsQrCode(WindowsVersion.WINDOWS11));
        assertFalse(red11.get("message").getAsString().contains("QR code"), red11.toString());
        assertTrue(stepWithScreen(eleven, "preprovision-config").get("reason").getAsString()
                .startsWith(Screen.PRE_PROVISION_CONFIGURATION.title(WindowsVersion.WINDOWS11)));
    }
}
