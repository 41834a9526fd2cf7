package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.report.Deployment;
import org.flowpilot.engine.report.Explain;
import org.flowpilot.engine.report.ScenarioFlags;
import org.flowpilot.engine.report.TraceReport;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.WindowsVersion;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ReportTest {

    private final Fixture fixture = new Fixture();

    @Test
    void jsonFollowsTheContract() {
        fixture.profile.setAllowPreProvisionedDeployment(false);
        Run run = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, fixture.scenario().build());
        JsonObject json = JsonParser.parseString(TraceReport.json(run)).getAsJsonObject();
        assertEquals("failed", json.get("outcome").getAsString());
        assertEquals("0x80180005", json.get("errorCode").getAsString());
        JsonArray steps = json.getAsJsonArray("steps");
        assertEquals(run.trace().size(), steps.size());
        for (String key : List.of("step", "kind", "screen", "shown", "buttons", "username", "espPhase", "status",
                "reason", "clockMinutes")) {
            assertTrue(steps.get(0).getAsJsonObject().has(key), key);
        }
        JsonObject first = steps.get(0).getAsJsonObject();
        assertEquals(1, first.get("step").getAsInt());
        assertTrue(first.get("screen").isJsonNull());
        JsonObject last = steps.get(steps.size() - 1).getAsJsonObject();
        assertEquals("provision-result", last.get("screen").getAsString());
        assertEquals("Retry", last.getAsJsonArray("buttons").get(0).getAsString());
        assertEquals("failed", last.get("status").getAsString());
        JsonObject preparation = steps.asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> !o.get("espPhase").isJsonNull()).findFirst().orElseThrow();
        assertEquals("device-preparation", preparation.get("espPhase").getAsString());
    }

    @Test
    void jsonOfANeverSteppedRunIsValid() {
        Run run = fixture.engine.start(StandardFlows.selfDeploying(), fixture.scenario().build());
        JsonObject json = JsonParser.parseString(TraceReport.json(run)).getAsJsonObject();
        assertEquals("running", json.get("outcome").getAsString());
        assertEquals(0, json.getAsJsonArray("steps").size());
    }

    @Test
    void textIsAnAlignedTable() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS10, Network.WIFI).build());
        String[] lines = TraceReport.text(run).split("\n");
        int screenColumn = lines[0].indexOf("SCREEN");
        for (int i = 1; i <= run.trace().size(); i++) {
            assertEquals(' ', lines[i].charAt(screenColumn - 1), lines[i]);
            assertTrue(lines[i].charAt(screenColumn) != ' ', lines[i]);
        }
        assertTrue(TraceReport.text(run).contains("Outcome: desktop after " + run.state().clockMinutes() + " min"));
        assertEquals(24, run.state().clockMinutes(), "power on 2, region, keyboard and more layouts 1 each, Wi-Fi 3,"
                + " sign-in 1, Company Portal 10, Teams 5");
    }

    @Test
    void flagsPickTheStandardFlowAndOverrideTheScenario() {
        ScenarioFlags flags = new ScenarioFlags(Deployment.PRE_PROVISIONED, true, ScenarioFlags.windows("10"),
                Network.fromId("wifi"), "bob@fabrikam.com", true, List.of("Teams"), List.of("Company Portal"),
                List.of(FailureChoice.RETRY), List.of("network-lost"));
        assertEquals(FlowKind.PRE_PROVISIONING_TECHNICIAN, flags.flowKind(fixture.profile));
        fixture.hybrid();
        assertEquals(FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN, new ScenarioFlags(null, false, null, null, null,
                false, null, null, null, null).flowKind(fixture.profile));
        var scenario = flags.applyTo(fixture.scenario().build());
        assertEquals(WindowsVersion.WINDOWS10, scenario.windows());
        assertEquals(Network.WIFI, scenario.network());
        assertEquals("bob@fabrikam.com", scenario.assignedUser().userPrincipalName());
        assertTrue(scenario.mfa());
        assertEquals(java.util.Set.of(fixture.item("Teams")), scenario.failingItems());
        assertEquals(java.util.Set.of(fixture.item("Company Portal")), scenario.itemsFailingOnce());
        assertEquals(List.of(FailureChoice.RETRY), scenario.failureChoices());
        assertTrue(scenario.networkLost());
        assertFalse(scenario.domainControllerUnreachable());
        assertThrows(IllegalArgumentException.class, () -> new ScenarioFlags(null, false, null, null, null, false,
                null, null, null, List.of("power-cut")));
        ScenarioFlags unknown = new ScenarioFlags(null, false, null, null, null, false, List.of("Edge"), null, null,
                null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> unknown.applyTo(fixture.scenario().build()))
                .getMessage().startsWith("--fail: no tracked item named 'Edge' in 'Fabrikam ESP' (there are: "));
        fixture.esp.getPhases().get(0).getTrackedItems().add(Fixture.app("Teams", InstallContext.DEVICE, 1));
        ScenarioFlags twice = new ScenarioFlags(null, false, null, null, null, false, null, List.of("Teams"), null,
                null);
        assertEquals("--fail-once: 2 tracked items of 'Fabrikam ESP' are named 'Teams': rename one in the model to"
                + " tell them apart", assertThrows(IllegalArgumentException.class,
                        () -> twice.applyTo(fixture.scenario().build())).getMessage());
    }

    @Test
    void explainCoversTheMatrix() {
        Map<FlowKind, PreparedFlow> flows = new EnumMap<>(FlowKind.class);
        List<Explain.Row> rows = Explain.explain(fixture.engine,
                kind -> flows.computeIfAbsent(kind, k -> fixture.engine.prepare(StandardFlows.of(k))),
                fixture.scenario().assignedUser(null).build(), Fixture.ALICE, Explain.matrix());
        assertEquals(48, rows.size());
        Explain.Row userDriven = rows.stream().filter(r -> r.scenario().deployment() == Deployment.USER_DRIVEN
                && r.scenario().windows() == WindowsVersion.WINDOWS11 && r.scenario().network() == Network.WIRED
                && r.scenario().userAssigned()).findFirst().orElseThrow();
        assertEquals(List.of("entra-sign-in", "esp", "esp", "esp", "desktop"), userDriven.screens());
        assertEquals(List.of("entra-sign-in", "esp(device-preparation)", "esp(device-setup)", "esp(account-setup)",
                "desktop"), userDriven.screensWithPhases());
        assertTrue(rows.stream().filter(r -> r.scenario().network() == Network.NONE)
                .allMatch(r -> r.outcome().equals("blocked")));
        assertTrue(rows.stream().filter(r -> r.scenario().technician() && r.scenario().network() != Network.NONE)
                .allMatch(r -> r.outcome().equals("resealed")));
        assertTrue(rows.stream().filter(r -> r.scenario().deployment() == Deployment.SELF_DEPLOYING)
                .noneMatch(r -> r.screens().contains("entra-sign-in")));
        String text = Explain.text(rows);
        assertEquals(49, text.split("\n").length);
        JsonObject json = JsonParser.parseString(Explain.json(rows)).getAsJsonObject();
        assertEquals(48, json.getAsJsonArray("rows").size());
    }
}
