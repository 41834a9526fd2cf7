package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemOutcome;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.model.App;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.FailureKind;
import org.flowpilot.model.FailurePageChoice;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.InjectedFailure;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.WindowsVersion;
import org.junit.jupiter.api.Test;

/** Network lost, domain controller unreachable, non-blocking apps in the technician flow, the user-flow caveats. */
class InjectedFailureTest {

    private static final Instant TECHNICIAN_DONE = Instant.parse("2026-01-05T09:00:00Z");

    private final Fixture fixture = new Fixture();

    private static RunOutcome outcome(Run run) {
        return run.state().outcome().orElseThrow();
    }

    private static TrackedItemRecord item(StepRecord phase, String name) {
        return phase.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aLostNetworkTimesOutTheFirstPhaseAndIsBackAfterRetry() {
        Run stays = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().networkLost(true).build());
        assertEquals(RunOutcome.FAILED, outcome(stays));
        StepRecord preparation = Fixture.phase(stays, EspPhaseId.DEVICE_PREPARATION);
        assertEquals(StepStatus.TIMED_OUT, preparation.status());
        assertTrue(preparation.reason().contains("network connection was lost"), preparation.reason());

        Run retried = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().networkLost(true)
                .failureChoices(List.of(FailureChoice.RETRY)).build());
        assertEquals(RunOutcome.DESKTOP, outcome(retried));
    }

    @Test
    void anUnreachableDomainControllerFailsHybridJoinUnlessTheCheckIsSkipped() {
        fixture.hybrid();
        RunScenario scenario = fixture.scenario().domainControllerUnreachable(true).build();
        Run failed = fixture.run(FlowKind.USER_DRIVEN_HYBRID_JOIN, scenario);
        assertEquals(RunOutcome.FAILED, outcome(failed));
        assertTrue(failed.state().diagnostic().contains("Skip AD connectivity check is No"),
                failed.state().diagnostic());

        fixture.profile.setSkipADConnectivityCheck(true);
        Run skipped = fixture.run(FlowKind.USER_DRIVEN_HYBRID_JOIN, scenario);
        assertEquals(RunOutcome.SIGN_ON_SCREEN, outcome(skipped));
        assertTrue(Fixture.phase(skipped, EspPhaseId.DEVICE_PREPARATION).reason().contains("Skip AD connectivity check is Yes"));

        fixture.profile.setSkipADConnectivityCheck(false);
        Run technician = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, scenario);
        assertEquals(RunOutcome.RESEALED, outcome(technician));
        assertTrue(Fixture.phase(technician, EspPhaseId.DEVICE_PREPARATION).reason().contains("resealed before"));

        Run entraJoin = new Fixture().run(FlowKind.USER_DRIVEN_ENTRA_JOIN, new Fixture().scenario()
                .domainControllerUnreachable(true).build());
        assertEquals(RunOutcome.DESKTOP, outcome(entraJoin), "Entra join needs no domain controller");
    }

    @Test
    void onlyFailSelectedBlockingAppsDecidesWhatTheTechnicianFlowInstalls() {
        App blocking = Fixture.app("Defender onboarding", InstallContext.DEVICE, 3);
        fixture.esp.getPhases().stream().filter(p -> p.getKind() == EspPhaseKind.DEVICE_SETUP).findFirst()
                .orElseThrow().getTrackedItems().add(blocking);
        fixture.esp.setBlockingApps(BlockingAppSelection.SELECTED);
        fixture.esp.getSelectedBlockingApps().add(blocking);
        RunScenario portalFails = fixture.scenario().failItems(List.of(fixture.item("Company Portal"))).build();

        fixture.esp.setOnlyFailSelectedBlockingAppsInTechnicianPhase(true);
        Run yes = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, portalFails);
        assertEquals(RunOutcome.RESEALED, outcome(yes));
        StepRecord setup = Fixture.phase(yes, EspPhaseId.DEVICE_SETUP);
        assertEquals(TrackedItemOutcome.FAILED_NOT_BLOCKING, item(setup, "Company Portal").outcome());
        assertTrue(setup.reason().contains("retries it at the user's first sign-in"), setup.reason());

        fixture.esp.setOnlyFailSelectedBlockingAppsInTechnicianPhase(false);
        Run no = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, portalFails);
        assertEquals(RunOutcome.RESEALED, outcome(no));
        assertEquals(TrackedItemOutcome.DEFERRED_TO_USER_FLOW, item(Fixture.phase(no, EspPhaseId.DEVICE_SETUP), "Company Portal").outcome());

        Run blockingFails = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN,
                fixture.scenario().failItems(List.of(fixture.item("Defender onboarding"))).build());
        assertEquals(RunOutcome.FAILED, outcome(blockingFails));

        Run userDriven = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, portalFails);
        assertEquals(TrackedItemOutcome.NOT_TRACKED, item(Fixture.phase(userDriven, EspPhaseId.DEVICE_SETUP), "Company Portal").outcome());
    }

    private Run userFlowAfter(Duration wait) {
        return fixture.run(FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN, fixture.scenario()
                .technicianFlowTiming(TECHNICIAN_DONE, TECHNICIAN_DONE.plus(wait)).build());
    }

    @Test
    void aUserFlowMoreThanSixMonthsLaterFailsWin32Detection() {
        Run run = userFlowAfter(Duration.ofDays(200));
        assertEquals(RunOutcome.FAILED, outcome(run));
        StepRecord setup = Fixture.phase(run, EspPhaseId.DEVICE_SETUP);
        assertTrue(setup.reason().contains("NotComputed"), setup.reason());

        assertEquals(RunOutcome.DESKTOP, outcome(userFlowAfter(Duration.ofDays(30))));
    }

    @Test
    void aUserFlowWithinNinetyMinutesIsNotedButGoesOn() {
        Run run = userFlowAfter(Duration.ofMinutes(30));
        assertEquals(RunOutcome.DESKTOP, outcome(run));
        assertTrue(run.trace().get(0).reason().contains("at least 90 minutes"), run.trace().get(0).reason());
        Run later = userFlowAfter(Duration.ofHours(3));
        assertFalse(later.trace().get(0).reason().contains("90 minutes"));
    }

    @Test
    void qualityUpdatesAddTimeOnWindowsElevenOutsideTheTechnicianFlow() {
        Run eleven = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().build());
        Run ten = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS10, Network.WIRED).build());
        assertEquals(20, eleven.state().clockMinutes() - ten.state().clockMinutes());
        StepRecord desktop = eleven.trace().get(eleven.trace().size() - 1);
        assertTrue(desktop.reason().contains("quality updates"), desktop.reason());
        fixture.esp.setInstallWindowsQualityUpdates(false);
        assertEquals(ten.state().clockMinutes(),
                fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().build()).state().clockMinutes());
    }

    @Test
    void modeledFailuresReachTheRun() {
        Scenario scenario = Fixture.F.createScenario();
        for (FailureKind kind : List.of(FailureKind.NETWORK_LOST, FailureKind.DOMAIN_CONTROLLER_UNREACHABLE)) {
            InjectedFailure failure = Fixture.F.createInjectedFailure();
            failure.setKind(kind);
            scenario.getInjectedFailures().add(failure);
        }
        scenario.setTechnicianFlowCompleted(java.util.Date.from(TECHNICIAN_DONE));
        scenario.setRunStarts(java.util.Date.from(TECHNICIAN_DONE.plus(Duration.ofMinutes(45))));
        InjectedFailure once = Fixture.F.createInjectedFailure();
        once.setKind(FailureKind.TRACKED_ITEM_FAILS_ONCE);
        App portal = Fixture.app("Company Portal", InstallContext.DEVICE, 10);
        once.setTrackedItem(portal);
        scenario.getInjectedFailures().add(once);
        scenario.getFailurePageChoices().addAll(List.of(FailurePageChoice.COLLECT_LOGS, FailurePageChoice.RETRY));
        RunScenario run = Scenarios.of(scenario);
        assertEquals(List.of(FailureChoice.COLLECT_LOGS, FailureChoice.RETRY), run.failureChoices());
        assertEquals(java.util.Set.of(portal), run.itemsFailingOnce());
        assertTrue(run.networkLost());
        assertTrue(run.domainControllerUnreachable());
        assertEquals(45, run.minutesSinceTechnicianFlow());
    }
}
