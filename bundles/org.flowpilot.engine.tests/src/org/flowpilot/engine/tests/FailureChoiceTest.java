package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.WindowsVersion;
import org.junit.jupiter.api.Test;

/** What the buttons of the ESP error page and of the technician's red result screen do. */
class FailureChoiceTest {

    private final Fixture fixture = new Fixture();

    private RunScenario.Builder failingPortal(FailureChoice... choices) {
        return fixture.scenario().failItems(List.of(fixture.item("Company Portal"))).failureChoices(List.of(choices));
    }

    private RunScenario.Builder portalFailingOnce(FailureChoice... choices) {
        return fixture.scenario().failItemsOnce(List.of(fixture.item("Company Portal"))).failureChoices(List.of(choices));
    }

    private static List<StepKind> kinds(Run run) {
        return run.trace().stream().map(StepRecord::kind).toList();
    }

    private static List<StepRecord> phases(Run run, EspPhaseId phase) {
        return run.trace().stream().filter(r -> r.kind() == StepKind.ESP_PHASE && r.espPhase() == phase).toList();
    }

    @Test
    void withoutAChoiceTheRunStopsAtTheErrorPage() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, failingPortal().build());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
        assertEquals(Screen.ESP_ERROR, run.trace().get(run.trace().size() - 1).screen());
    }

    @Test
    void continueAnywayBypassesTheEspWhenTheConfigurationAllowsIt() {
        fixture.esp.setAllowUseOnInstallationError(true);
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, failingPortal(FailureChoice.CONTINUE_ANYWAY).build());
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow());
        assertNull(run.state().errorCode());
        StepRecord error = Fixture.first(run, Screen.ESP_ERROR);
        assertTrue(error.reason().contains("selects Continue anyway"), error.reason());
        // "Bypass the ESP and use their devices": the later phases do not show.
        StepRecord account = Fixture.phase(run, EspPhaseId.ACCOUNT_SETUP);
        assertEquals(StepStatus.SKIPPED, account.status());
        assertFalse(account.shown());
    }

    @Test
    void aButtonThePageDoesNotOfferEndsTheRunThere() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, failingPortal(FailureChoice.CONTINUE_ANYWAY).build());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
        StepRecord error = run.trace().get(run.trace().size() - 1);
        assertEquals(List.of("Retry"), error.buttons());
        assertTrue(error.reason().contains("does not offer"), error.reason());
    }

    @Test
    void retryRunsThePhaseAgainAndAFailureThatStrikesOnceIsThenSpent() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, portalFailingOnce(FailureChoice.RETRY).build());
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow());
        List<StepRecord> setups = phases(run, EspPhaseId.DEVICE_SETUP);
        assertEquals(List.of(StepStatus.FAILED, StepStatus.RAN), setups.stream().map(StepRecord::status).toList());
        assertEquals(10, setups.get(1).clockMinutes() - setups.get(0).clockMinutes(), "Company Portal installs again");
    }

    @Test
    void retryOnAFailureThatPersistsMeetsTheErrorPageAgain() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, failingPortal(FailureChoice.RETRY).build());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
        assertEquals(2, phases(run, EspPhaseId.DEVICE_SETUP).size());
        assertEquals(2, kinds(run).stream().filter(StepKind.ESP_ERROR::equals).count());
    }

    @Test
    void anEspThatDoesNotBlockDeviceUseShowsNoErrorPage() {
        // windows-enrollment-status.md: with No the person can leave the ESP before Intune is finished; Retry, Reset
        // and Continue anyway belong to the blocking page.
        fixture.esp.setBlockDeviceUseUntilAllAppsAndProfilesInstalled(false);
        assertFalse(FailureChoice.RETRY.isOfferedOnEspError(fixture.esp));
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, failingPortal(FailureChoice.RETRY).build());
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow());
        assertEquals(1, phases(run, EspPhaseId.DEVICE_SETUP).size());
        assertFalse(kinds(run).contains(StepKind.ESP_ERROR));
    }

    @Test
    void resetStartsOverFromPowerOn() {
        fixture.esp.setAllowResetOnInstallationError(true);
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, portalFailingOnce(FailureChoice.RESET).build());
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow());
        assertEquals(2, kinds(run).stream().filter(StepKind.POWER_ON::equals).count());
        assertEquals(2, run.trace().stream().filter(r -> Screen.ENTRA_SIGN_IN.equals(r.screen())).count());
    }

    @Test
    void collectLogsKeepsThePageAndTakesTime() {
        fixture.esp.setTurnOnLogCollectionAndDiagnostics(true);
        fixture.esp.setAllowUseOnInstallationError(true);
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                failingPortal(FailureChoice.COLLECT_LOGS, FailureChoice.CONTINUE_ANYWAY).build());
        List<StepRecord> pages = run.trace().stream().filter(r -> r.screen() == Screen.ESP_ERROR).toList();
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).reason().contains("selects Collect logs"), pages.get(0).reason());
        assertEquals(5, pages.get(0).clockMinutes() - Fixture.phase(run, EspPhaseId.DEVICE_SETUP).clockMinutes());
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow());
    }

    @Test
    void theTechnicianRetriesOrResetsFromTheRedScreen() {
        Run retried = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN,
                portalFailingOnce(FailureChoice.RETRY).build());
        assertEquals(RunOutcome.RESEALED, retried.state().outcome().orElseThrow());
        List<StepRecord> results = retried.trace().stream().filter(r -> Screen.PROVISION_RESULT.equals(r.screen()))
                .toList();
        assertEquals(List.of(List.of("Retry", "Reset"), List.of("Reseal")),
                results.stream().map(StepRecord::buttons).toList());

        Run reset = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, portalFailingOnce(FailureChoice.RESET).build());
        assertEquals(RunOutcome.RESEALED, reset.state().outcome().orElseThrow());
        assertEquals(2, kinds(reset).stream().filter(StepKind.POWER_ON::equals).count());

        Run logs = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, failingPortal(FailureChoice.COLLECT_LOGS)
                .windows(WindowsVersion.WINDOWS10).build());
        assertTrue(logs.trace().stream().anyMatch(r -> r.reason().contains("selects View diagnostics")));
        Run noContinue = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN,
                failingPortal(FailureChoice.CONTINUE_ANYWAY).build());
        assertEquals(RunOutcome.FAILED, noContinue.state().outcome().orElseThrow());
    }

    @Test
    void steppingBackOverChoicesRestoresTheRunExactly() {
        fixture.esp.setTurnOnLogCollectionAndDiagnostics(true);
        fixture.esp.setAllowResetOnInstallationError(true);
        RunScenario scenario = portalFailingOnce(FailureChoice.COLLECT_LOGS, FailureChoice.RESET).build();
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, scenario);
        List<StepRecord> first = new ArrayList<>(run.trace());
        int clock = run.state().clockMinutes();
        while (run.stepBack()) {
            // back to the start
        }
        assertEquals(0, run.state().clockMinutes());
        run.runToEnd();
        assertEquals(first, run.trace());
        assertEquals(clock, run.state().clockMinutes());
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow());
    }

    @Test
    void choicesAreNamedOnTheCommandLineById() {
        assertEquals(FailureChoice.CONTINUE_ANYWAY, FailureChoice.fromId("continue-anyway"));
        assertThrows(IllegalArgumentException.class, () -> FailureChoice.fromId("ignore"));
    }
}
