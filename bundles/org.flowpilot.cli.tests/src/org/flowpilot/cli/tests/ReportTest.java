package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flowpilot.cli.report.Deployment;
import org.flowpilot.cli.report.Explain;
import org.flowpilot.cli.report.ScenarioFlags;
import org.flowpilot.cli.report.TraceReport;
import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.WindowsVersion;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The command line's output layer: the trace as JSON and text, the explain matrix, the scenario flags. */
class ReportTest {

    private final AutopilotModel contoso = ExampleModels.contoso();
    private final FlowEngine engine = new FlowEngine();

    private Scenario scenario(String name) {
        return contoso.getScenarios().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private Run simulate(String name) {
        Scenario scenario = scenario(name);
        return engine.simulate(engine.prepare(scenario.getFlow()), Scenarios.of(scenario));
    }

    private TrackedItem item(String name) {
        return contoso.getEnrollmentStatusPages().get(0).getPhases().stream()
                .flatMap(phase -> phase.getTrackedItems().stream()).filter(i -> name.equals(i.getName())).findFirst()
                .orElseThrow();
    }

    @Test
    void jsonFollowsTheContractWithItsNulls() {
        contoso.getProfiles().get(0).setAllowPreProvisionedDeployment(false);
        Run run = simulate("Technician pre-provisions Adele's laptop");
        JsonObject json = JsonParser.parseString(TraceReport.json(run)).getAsJsonObject();
        assertEquals(List.of("outcome", "errorCode", "diagnostic", "flow", "clockMinutes", "espConfiguration",
                "steps"), List.copyOf(json.keySet()));
        assertEquals("Contoso ESP", json.getAsJsonObject("espConfiguration").get("name").getAsString());
        assertFalse(json.getAsJsonObject("espConfiguration").get("intuneDefault").getAsBoolean());
        assertEquals("failed", json.get("outcome").getAsString());
        assertEquals("0x80180005", json.get("errorCode").getAsString());
        JsonArray steps = json.getAsJsonArray("steps");
        assertEquals(run.trace().size(), steps.size());
        JsonObject first = steps.get(0).getAsJsonObject();
        assertEquals(List.of("step", "name", "kind", "screen", "shown", "buttons", "username", "espPhase", "status",
                "reason", "clockMinutes", "message", "errorCode", "items"), List.copyOf(first.keySet()));
        assertEquals(1, first.get("step").getAsInt());
        assertEquals("power-on", first.get("kind").getAsString());
        assertTrue(first.get("screen").isJsonNull(), "a null is written, not left out");
        JsonObject last = steps.get(steps.size() - 1).getAsJsonObject();
        assertEquals("provision-result", last.get("screen").getAsString());
        assertEquals("provision-result", last.get("kind").getAsString());
        assertEquals("Retry", last.getAsJsonArray("buttons").get(0).getAsString());
        assertEquals("failed", last.get("status").getAsString());
        JsonObject preparation = steps.asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> !o.get("espPhase").isJsonNull()).findFirst().orElseThrow();
        assertEquals("device-preparation", preparation.get("espPhase").getAsString());
        assertTrue(TraceReport.json(run).endsWith("}\n"));
    }

    @Test
    void jsonOfANeverSteppedRunIsValid() {
        Run run = engine.start(StandardFlows.selfDeploying(), RunScenario.builder().build());
        JsonObject json = JsonParser.parseString(TraceReport.json(run)).getAsJsonObject();
        assertEquals("running", json.get("outcome").getAsString());
        assertEquals(0, json.getAsJsonArray("steps").size());
    }

    @Test
    void jsonEscapesWhatItMust() {
        EnrollmentStatusPage esp = contoso.getEnrollmentStatusPages().get(0);
        esp.setShowCustomMessage(true);
        esp.setCustomMessage("Call \"IT\" <4242>\\n\tthen wait");
        Run run = simulate("Adele's Account setup times out");
        JsonObject json = JsonParser.parseString(TraceReport.json(run)).getAsJsonObject();
        JsonArray steps = json.getAsJsonArray("steps");
        assertEquals("Call \"IT\" <4242>\\n\tthen wait",
                steps.get(steps.size() - 1).getAsJsonObject().get("message").getAsString());
        assertTrue(TraceReport.json(run).contains("<4242>"), "no HTML escapes for people reading the JSON");
    }

    @Test
    void textIsAnAlignedTable() {
        Run run = simulate("Adele signs in to her laptop");
        String[] lines = TraceReport.text(run).split("\n");
        int screenColumn = lines[0].indexOf("SCREEN");
        for (int i = 1; i <= run.trace().size(); i++) {
            assertEquals(' ', lines[i].charAt(screenColumn - 1), lines[i]);
            assertTrue(lines[i].charAt(screenColumn) != ' ', lines[i]);
        }
        assertTrue(TraceReport.text(run).contains("Outcome: desktop after " + run.state().clockMinutes() + " min"));
    }

    @Test
    void flagsPickTheStandardFlowAndOverrideTheScenario() {
        DeploymentProfile profile = contoso.getProfiles().get(0);
        RunScenario base = Scenarios.of(scenario("Adele signs in to her laptop"));
        ScenarioFlags flags = new ScenarioFlags(Deployment.PRE_PROVISIONED, true, ScenarioFlags.windows("10"),
                Network.fromId("wifi"), "bob@contoso.com", true, List.of("Microsoft 365 Apps"),
                List.of("Company Portal"), List.of(FailureChoice.RETRY), List.of("network-lost"));
        assertEquals(FlowKind.PRE_PROVISIONING_TECHNICIAN, flags.flowKind(profile, false));
        // The profile allows pre-provisioning, which only makes it possible: its own mode is the default, and the
        // user flow follows a scenario whose technician flow is done.
        ScenarioFlags none = new ScenarioFlags(null, null, null, null, null, false, null, null, null, null);
        assertEquals(FlowKind.USER_DRIVEN_ENTRA_JOIN, none.flowKind(profile, false));
        assertEquals(FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN, none.flowKind(profile, true));
        ScenarioFlags technicianPhase = new ScenarioFlags(null, true, null, null, null, false, null, null, null, null);
        assertEquals(FlowKind.PRE_PROVISIONING_TECHNICIAN, technicianPhase.flowKind(profile, false));
        ScenarioFlags phaseOfAnother = new ScenarioFlags(Deployment.USER_DRIVEN, true, null, null, null, false, null,
                null, null, null);
        assertThrows(IllegalArgumentException.class, () -> phaseOfAnother.flowKind(profile, false));
        profile.setJoinType(JoinType.ENTRA_HYBRID_JOINED);
        assertEquals(FlowKind.USER_DRIVEN_HYBRID_JOIN, none.flowKind(profile, false));
        assertEquals(FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN, none.flowKind(profile, true));
        RunScenario scenario = flags.applyTo(base);
        assertEquals(WindowsVersion.WINDOWS10, scenario.windows());
        assertEquals(Network.WIFI, scenario.network());
        assertEquals("bob@contoso.com", scenario.assignedUser().userPrincipalName());
        assertTrue(scenario.mfa());
        assertEquals(Set.of(item("Microsoft 365 Apps")), scenario.failingItems());
        assertEquals(Set.of(item("Company Portal")), scenario.itemsFailingOnce());
        assertEquals(List.of(FailureChoice.RETRY), scenario.failureChoices());
        assertTrue(scenario.networkLost());
        assertFalse(scenario.domainControllerUnreachable());
        assertThrows(IllegalArgumentException.class, () -> new ScenarioFlags(null, null, null, null, null, false,
                null, null, null, List.of("power-cut")));
        ScenarioFlags unknown = new ScenarioFlags(null, null, null, null, null, false, List.of("Edge"), null, null,
                null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> unknown.applyTo(base)).getMessage()
                .startsWith("--fail: no tracked item named 'Edge' in "));
        EnrollmentStatusPage esp = contoso.getEnrollmentStatusPages().get(0);
        esp.getPhases().get(0).getTrackedItems().add(EcoreUtil.copy(item("Company Portal")));
        ScenarioFlags twice = new ScenarioFlags(null, null, null, null, null, false, null, List.of("Company Portal"),
                null, null);
        assertEquals("--fail-once: 2 tracked items of '" + esp.getName() + "' are named 'Company Portal': rename one"
                + " in the model to tell them apart", assertThrows(IllegalArgumentException.class,
                        () -> twice.applyTo(base)).getMessage());
    }

    @Test
    void explainCoversTheMatrix() {
        Map<FlowKind, PreparedFlow> flows = new EnumMap<>(FlowKind.class);
        RunScenario base = Scenarios.of(scenario("Adele signs in to her laptop")).toBuilder().assignedUser(null)
                .build();
        List<Explain.Row> rows = Explain.explain(engine,
                kind -> flows.computeIfAbsent(kind, k -> engine.prepare(StandardFlows.of(k))), base,
                AssignedUser.of("adelev@contoso.com"), Explain.matrix());
        assertEquals(48, rows.size());
        Explain.Row userDriven = rows.stream().filter(r -> r.scenario().deployment() == Deployment.USER_DRIVEN
                && r.scenario().windows() == WindowsVersion.WINDOWS11 && r.scenario().network() == Network.WIRED
                && r.scenario().userAssigned()).findFirst().orElseThrow();
        assertEquals(List.of("language-region", "keyboard", "entra-sign-in", "mfa", "esp", "esp", "esp", "desktop"),
                userDriven.screens());
        assertEquals(List.of(EspPhaseId.DEVICE_PREPARATION, EspPhaseId.DEVICE_SETUP, EspPhaseId.ACCOUNT_SETUP),
                userDriven.espPhases().stream().filter(p -> p != null).toList());
        assertEquals("esp(device-setup)", userDriven.screensWithPhases().get(5));
        assertTrue(rows.stream().filter(r -> r.scenario().network() == Network.NONE)
                .allMatch(r -> r.outcome() == RunOutcome.BLOCKED));
        assertTrue(rows.stream().filter(r -> r.scenario().technician() && r.scenario().network() != Network.NONE)
                .allMatch(r -> r.outcome() == RunOutcome.RESEALED));
        assertTrue(rows.stream().filter(r -> r.scenario().deployment() == Deployment.SELF_DEPLOYING)
                .noneMatch(r -> r.screens().contains("entra-sign-in")));
        assertEquals(49, Explain.text(rows).split("\n").length);
        JsonObject json = JsonParser.parseString(Explain.json(rows)).getAsJsonObject();
        assertEquals(48, json.getAsJsonArray("rows").size());
        JsonObject row = json.getAsJsonArray("rows").get(0).getAsJsonObject();
        assertEquals(List.of("windows", "network", "userAssigned", "deployment", "person", "profileDefault", "flow",
                "screens", "outcome", "errorCode", "clockMinutes"), List.copyOf(row.keySet()));
        assertEquals(List.of("rows", "leftOut"), List.copyOf(json.keySet()));
    }
}
