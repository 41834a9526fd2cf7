package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.flowpilot.engine.CommandLineId;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemOutcome;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.App;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.FailureKind;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.InjectedFailure;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step records carry enums, the model transition taken and a stable element id; items are model elements. */
class TypedRecordsTest {

    private final Fixture fixture = new Fixture();

    @Test
    void everyEnumHasUniqueIdsThatReadBack() {
        List<Class<? extends Enum<?>>> types = List.of(StepKind.class, Screen.class, EspPhaseId.class,
                TrackedItemOutcome.class, RunOutcome.class, StepStatus.class, FailureChoice.class, Network.class);
        for (Class<? extends Enum<?>> type : types) {
            Set<String> ids = new HashSet<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                String id = ((CommandLineId) constant).id();
                assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), type.getSimpleName() + " id " + id);
                assertTrue(ids.add(id), type.getSimpleName() + " repeats " + id);
            }
        }
        assertSame(StepKind.PROVISION_FAILURE, StepKind.fromId("provision-result"));
        assertSame(Screen.PRE_PROVISION_CONFIGURATION, Screen.fromId("preprovision-config"));
        assertSame(EspPhaseId.ACCOUNT_SETUP, EspPhaseId.of(EspPhaseKind.ACCOUNT_SETUP));
        assertSame(TrackedItemOutcome.DEFERRED_TO_USER_FLOW, TrackedItemOutcome.fromId("deferred-to-user-flow"));
        assertSame(RunOutcome.SIGN_ON_SCREEN, RunOutcome.fromId("sign-on-screen"));
        assertThrows(IllegalArgumentException.class, () -> Screen.fromId("blue-screen"));
        assertThrows(IllegalStateException.class, StepKind.SCREEN::engineElementId);
    }

    @Test
    void everyRecordSaysWhichTransitionLedOnAndCarriesAnElementId() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().network(Network.WIFI)
                .failItemsOnce(List.of(fixture.item("Company Portal"))).failureChoices(List.of(FailureChoice.RETRY))
                .build());
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow());
        List<StepRecord> trace = run.trace();
        int followed = 0;
        for (int i = 0; i < trace.size(); i++) {
            StepRecord record = trace.get(i);
            assertNotNull(record.elementId(), record.toString());
            if (record.kind().isAddedByEngine()) {
                assertNull(record.modelStep());
                assertEquals(record.kind().engineElementId(), record.elementId());
            } else {
                assertEquals(ElementIds.of(record.modelStep()), record.elementId());
            }
            if (record.transition() != null) {
                followed++;
                assertSame(record.modelStep(), record.transition().getSource(), record.toString());
                assertSame(trace.get(i + 1).modelStep(), record.transition().getTarget(), record.toString());
            }
        }
        StepRecord error = Fixture.first(run, Screen.ESP_ERROR);
        assertEquals(StepKind.ESP_ERROR, error.kind());
        assertEquals("engine:esp-error", error.elementId());
        assertNull(error.transition(), "after Retry the engine goes back to the failed phase itself");
        assertNull(Fixture.phase(run, EspPhaseId.DEVICE_SETUP).transition(), "a failed phase goes to the error page");
        assertNull(trace.get(trace.size() - 1).transition(), "the run ends at the desktop");
        assertEquals(trace.size() - 3, followed, "all but the failed phase, the error page and the desktop");
    }

    @Test
    void elementIdsAreTheXmiIdsOfASavedModelAndStableForStandardFlows(@TempDir Path folder) throws IOException {
        AutopilotModel contoso = ExampleModels.contoso();
        URI uri = URI.createFileURI(folder.resolve("contoso.autopilot").toString());
        AutopilotPersistence.save(contoso, uri);
        AutopilotModel loaded = AutopilotPersistence.load(uri);
        Scenario scenario = loaded.getScenarios().stream()
                .filter(s -> s.getName().equals("Adele signs in to her laptop")).findFirst().orElseThrow();
        Run run = fixture.engine.simulate(fixture.engine.prepare(scenario.getFlow()), Scenarios.of(scenario));
        Resource resource = loaded.eResource();
        for (StepRecord record : run.trace()) {
            assertEquals(resource.getURIFragment(record.modelStep()), record.elementId());
            assertTrue(record.elementId().startsWith("_"), "an xmi:id, not a path: " + record.elementId());
        }
        Run again = fixture.engine.simulate(fixture.engine.prepare(AutopilotPersistence.load(uri).getScenarios()
                .stream().filter(s -> s.getName().equals(scenario.getName())).findFirst().orElseThrow().getFlow()),
                Scenarios.of(scenario));
        assertEquals(run.trace().stream().map(StepRecord::elementId).toList(),
                again.trace().stream().map(StepRecord::elementId).toList(), "the ids survive loading again");

        List<String> first = fixture.run(FlowKind.SELF_DEPLOYING, fixture.scenario().build()).trace().stream()
                .map(StepRecord::elementId).toList();
        List<String> second = fixture.run(FlowKind.SELF_DEPLOYING, fixture.scenario().build()).trace().stream()
                .map(StepRecord::elementId).toList();
        assertEquals(first, second, "a standard flow built twice has the same ids");
        assertEquals(Set.copyOf(first).size(), first.size(), "each step its own id: " + first);
    }

    @Test
    void twoItemsOfOneNameAreToldApart() {
        App deviceTeams = Fixture.app("Teams", InstallContext.DEVICE, 4);
        fixture.esp.getPhases().stream().filter(p -> p.getKind() == EspPhaseKind.DEVICE_SETUP).findFirst()
                .orElseThrow().getTrackedItems().add(deviceTeams);
        App userTeams = (App) fixture.esp.getPhases().stream().filter(p -> p.getKind() == EspPhaseKind.ACCOUNT_SETUP)
                .findFirst().orElseThrow().getTrackedItems().get(0);
        assertEquals(deviceTeams.getName(), userTeams.getName());

        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().failItems(List.of(userTeams)).build());
        TrackedItemRecord device = item(Fixture.phase(run, EspPhaseId.DEVICE_SETUP), deviceTeams);
        assertEquals(TrackedItemOutcome.SUCCEEDED, device.outcome());
        assertEquals(ElementIds.of(deviceTeams), device.elementId());
        assertEquals(TrackedItemOutcome.FAILED, item(Fixture.phase(run, EspPhaseId.ACCOUNT_SETUP), userTeams).outcome());
        assertNotEquals(device.elementId(), item(Fixture.phase(run, EspPhaseId.ACCOUNT_SETUP), userTeams).elementId());

        // The same through a modeled scenario: the injected failure points at one of the two.
        Scenario scenario = Fixture.F.createScenario();
        InjectedFailure failure = Fixture.F.createInjectedFailure();
        failure.setKind(FailureKind.TRACKED_ITEM_HANGS);
        failure.setTrackedItem(deviceTeams);
        scenario.getInjectedFailures().add(failure);
        RunScenario modeled = Scenarios.of(scenario);
        assertEquals(Set.of(deviceTeams), modeled.hangingItems());
        Run hangs = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().hangItems(modeled.hangingItems())
                .build());
        assertEquals(TrackedItemOutcome.HUNG, item(Fixture.phase(hangs, EspPhaseId.DEVICE_SETUP), deviceTeams)
                .outcome());
        assertEquals(StepStatus.TIMED_OUT, Fixture.phase(hangs, EspPhaseId.DEVICE_SETUP).status());
    }

    @Test
    void renamingAnItemDoesNotChangeTheRun() {
        App portal = (App) fixture.item("Company Portal");
        RunScenario scenario = fixture.scenario().failItemsOnce(List.of(portal))
                .failureChoices(List.of(FailureChoice.RETRY)).build();
        Run before = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, scenario);
        portal.setName("Company Portal (Store)");
        Run after = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, scenario);
        assertEquals(outcomes(before), outcomes(after));
        assertEquals(before.state().clockMinutes(), after.state().clockMinutes());
        assertEquals(RunOutcome.DESKTOP, after.state().outcome().orElseThrow());
        assertEquals(List.of(TrackedItemOutcome.FAILED, TrackedItemOutcome.SUCCEEDED), after.trace().stream()
                .flatMap(r -> r.items().stream()).filter(i -> i.item() == portal).map(TrackedItemRecord::outcome)
                .toList());
    }

    private static List<String> outcomes(Run run) {
        return run.trace().stream().map(r -> r.kind().id() + ":" + r.status().id() + ":" + r.elementId() + r.items()
                .stream().map(i -> i.elementId() + "=" + i.outcome().id()).toList()).toList();
    }

    private static TrackedItemRecord item(StepRecord phase, App app) {
        return phase.items().stream().filter(i -> i.item() == app).findFirst()
                .orElseThrow(() -> new AssertionError(app.getName() + " not in " + phase));
    }
}
