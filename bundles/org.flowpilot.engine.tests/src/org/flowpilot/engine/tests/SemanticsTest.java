package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.WindowsVersion;
import org.junit.jupiter.api.Test;

class SemanticsTest {

    private final Fixture fixture = new Fixture();

    private static RunOutcome outcome(Run run) {
        return run.state().outcome().orElseThrow();
    }

    @Test
    void wiredUserDrivenSkipsHiddenScreensAndPrefillsTheAssignedUser() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS11, Network.WIRED).build());
        assertEquals(List.of("entra-sign-in", "esp", "esp", "esp", "desktop"), Fixture.shownScreens(run));
        StepRecord language = Fixture.first(run, "language-region");
        assertEquals(StepStatus.SKIPPED, language.status());
        assertTrue(language.reason().contains("Hidden by the profile"), language.reason());
        StepRecord signIn = Fixture.first(run, "entra-sign-in");
        assertEquals(List.of("Sign in"), signIn.buttons());
        assertEquals("alice@fabrikam.com", signIn.username());
        assertEquals(StepStatus.SKIPPED, Fixture.first(run, "privacy").status());
        assertEquals(RunOutcome.DESKTOP, outcome(run));
        assertEquals(38, run.state().clockMinutes(), "power on 2 min + sign-in 1 min + Company Portal 10 min + Teams 5 min"
                + " + Windows 11 quality updates 20 min");
    }

    @Test
    void windowsTenSaysNextAndShowDetails() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS10, Network.WIRED).assignedUser(null).build());
        StepRecord signIn = Fixture.first(run, "entra-sign-in");
        assertEquals(List.of("Next"), signIn.buttons());
        assertNull(signIn.username());
        assertEquals(List.of("Show details"), Fixture.phase(run, "device-setup").buttons());
        Run eleven = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS11, Network.WIRED).build());
        assertEquals(List.of("∨"), Fixture.phase(eleven, "device-setup").buttons());
    }

    @Test
    void wifiShowsRegionAndKeyboardEvenWhenHidden() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS11, Network.WIFI).build());
        assertEquals(List.of("language-region", "keyboard", "additional-keyboard", "network-connect", "entra-sign-in",
                "esp", "esp", "esp", "desktop"), Fixture.shownScreens(run));
        assertTrue(Fixture.first(run, "language-region").reason().contains("Shown although the profile hides it"));
        assertEquals(List.of("Next"), Fixture.first(run, "network-connect").buttons());
        assertEquals(RunOutcome.DESKTOP, outcome(run));
    }

    @Test
    void noNetworkBlocksAtTheNetworkScreen() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS11, Network.NONE).build());
        assertEquals(RunOutcome.BLOCKED, outcome(run));
        StepRecord last = run.trace().get(run.trace().size() - 1);
        assertEquals("network-connect", last.screen());
        assertEquals(StepStatus.FAILED, last.status());
        assertTrue(last.reason().contains("Connectivity to the Internet is required"));
    }

    @Test
    void mfaScreenOnlyWhenRequired() {
        Run with = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().mfa(true).build());
        assertTrue(Fixture.shownScreens(with).contains("mfa"));
        Run without = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().build());
        assertFalse(Fixture.shownScreens(without).contains("mfa"));
    }

    @Test
    void preProvisionedUserFlowSkipsDevicePreparationAndRerunsDeviceSetup() {
        Flow flow = StandardFlows.userDrivenEntraJoin();
        flow.setKind(FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN);
        Run run = fixture.engine.start(flow, fixture.scenario().build());
        run.runToEnd();
        StepRecord preparation = Fixture.phase(run, "device-preparation");
        assertEquals(StepStatus.SKIPPED, preparation.status());
        assertTrue(preparation.reason().contains("technician flow"));
        StepRecord setup = Fixture.phase(run, "device-setup");
        assertEquals(StepStatus.RAN, setup.status());
        assertTrue(setup.reason().contains("runs again"));
        assertEquals(StepStatus.RAN, Fixture.phase(run, "account-setup").status());
        assertEquals(RunOutcome.DESKTOP, outcome(run));
    }

    @Test
    void technicianFlowRunsDevicePhasesThenReseals() {
        Run run = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN,
                fixture.scenario(WindowsVersion.WINDOWS10, Network.WIRED).build());
        StepRecord menu = Fixture.first(run, "provisioning-menu");
        assertEquals(List.of("Windows Autopilot provisioning", "Continue"), menu.buttons());
        assertEquals(List.of("Refresh", "Provision"), Fixture.first(run, "preprovision-config").buttons());
        assertEquals(List.of("Reseal"), Fixture.first(run, "provision-result").buttons());
        assertTrue(run.trace().stream().noneMatch(r -> "account-setup".equals(r.espPhase())));
        assertEquals(RunOutcome.RESEALED, outcome(run));
        Run eleven = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, fixture.scenario().build());
        assertEquals(List.of("Pre-provision with Windows Autopilot", "Next"),
                Fixture.first(eleven, "provisioning-menu").buttons());
    }

    @Test
    void preProvisioningNotAllowedFailsWith0x80180005() {
        fixture.profile.setAllowPreProvisionedDeployment(false);
        Run run = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN,
                fixture.scenario(WindowsVersion.WINDOWS10, Network.WIRED).build());
        assertEquals(RunOutcome.FAILED, outcome(run));
        assertEquals("0x80180005", run.state().errorCode());
        StepRecord result = run.trace().get(run.trace().size() - 1);
        assertEquals("provision-result", result.screen());
        assertEquals(List.of("Retry", "Reset", "View diagnostics"), result.buttons());
        assertEquals("0x80180005", result.errorCode());
    }

    @Test
    void selfDeployingWithoutTpmFailsWith0x800705B4() {
        fixture.selfDeploying();
        Run run = fixture.run(FlowKind.SELF_DEPLOYING, fixture.scenario().tpm20(false).build());
        assertEquals(RunOutcome.FAILED, outcome(run));
        assertEquals("0x800705B4", run.state().errorCode());
        assertEquals("esp-error", run.trace().get(run.trace().size() - 1).screen());
        Run virtual = fixture.run(FlowKind.SELF_DEPLOYING, fixture.scenario().virtualMachine(true).build());
        assertEquals("0x800705B4", virtual.state().errorCode());
    }

    @Test
    void selfDeployingIgnoresTheAssignedUserAndEndsAtSignOn() {
        fixture.selfDeploying();
        Run run = fixture.run(FlowKind.SELF_DEPLOYING, fixture.scenario().build());
        assertEquals(RunOutcome.SIGN_ON_SCREEN, outcome(run));
        assertTrue(run.trace().stream().allMatch(r -> r.username() == null));
        assertTrue(run.trace().get(0).reason().contains("ignores the user assigned"));
        assertFalse(Fixture.shownScreens(run).contains("entra-sign-in"));
        assertEquals(35, run.state().clockMinutes(), "power on 2 min + Device preparation 2 min + Device setup 10 min"
                + " + sign-on screen 1 min + Windows 11 quality updates 20 min");
    }

    @Test
    void hangingItemTimesOutAtSixtyMinutesWithTheAllowedButtons() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario().hangItems(List.of("Company Portal")).build());
        StepRecord setup = Fixture.phase(run, "device-setup");
        assertEquals(StepStatus.TIMED_OUT, setup.status());
        assertEquals(60, setup.clockMinutes() - Fixture.first(run, "entra-sign-in").clockMinutes(),
                "the timeout counts from the start of the ESP");
        StepRecord error = run.trace().get(run.trace().size() - 1);
        assertEquals("esp-error", error.screen());
        assertEquals(List.of("Retry"), error.buttons());
        assertTrue(error.message().startsWith("Setup could not be completed"));
        assertEquals(RunOutcome.FAILED, outcome(run));
    }

    @Test
    void hybridJoinWaitsFortyMinutesLonger() {
        fixture.hybrid();
        fixture.esp.setAllowResetOnInstallationError(true);
        fixture.esp.setAllowUseOnInstallationError(true);
        fixture.esp.setTurnOnLogCollectionAndDiagnostics(true);
        fixture.esp.setShowCustomMessage(true);
        fixture.esp.setCustomMessage("Call Fabrikam IT at 1234.");
        Run run = fixture.run(FlowKind.USER_DRIVEN_HYBRID_JOIN,
                fixture.scenario().hangItems(List.of("Company Portal")).build());
        assertEquals(100, Fixture.phase(run, "device-setup").clockMinutes()
                - Fixture.first(run, "entra-sign-in").clockMinutes());
        StepRecord error = run.trace().get(run.trace().size() - 1);
        assertEquals(List.of("Retry", "Reset device", "Continue anyway", "Collect logs"), error.buttons());
        assertEquals("Call Fabrikam IT at 1234.", error.message());
    }

    @Test
    void failingItemStopsTheEsp() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().failItems(List.of("Teams")).build());
        StepRecord account = Fixture.phase(run, "account-setup");
        assertEquals(StepStatus.FAILED, account.status());
        assertEquals("failed", account.items().get(0).outcome());
        assertEquals(RunOutcome.FAILED, outcome(run));
        assertTrue(run.state().diagnostic().contains("Teams"));
    }

    @Test
    void hybridSignsOnInsideTheEspAndSignsOutAtTheEnd() {
        fixture.hybrid();
        Run run = fixture.run(FlowKind.USER_DRIVEN_HYBRID_JOIN, fixture.scenario().build());
        List<StepRecord> signOns = run.trace().stream().filter(r -> "windows-sign-on".equals(r.screen())).toList();
        assertEquals(2, signOns.size());
        assertEquals("FABRIKAM\\alice", signOns.get(0).username());
        assertTrue(signOns.get(0).reason().contains("temporarily dismissed"));
        assertTrue(Fixture.phase(run, "account-setup").buttons().contains("Sign out"));
        assertEquals(List.of("entra-sign-in", "esp", "esp", "windows-sign-on", "esp", "stay-signed-in", "all-set",
                "windows-sign-on"), Fixture.shownScreens(run));
        assertEquals(RunOutcome.SIGN_ON_SCREEN, outcome(run));
    }

    @Test
    void theScenarioSaysWhetherAUserIsAtTheDevice() {
        Run nobody = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().userPresent(false).build());
        assertEquals(RunOutcome.BLOCKED, outcome(nobody));
        StepRecord last = nobody.trace().get(nobody.trace().size() - 1);
        assertEquals("entra-sign-in", last.screen());
        assertTrue(last.reason().startsWith("Nobody is at the device"), last.reason());
        assertEquals(RunOutcome.DESKTOP, outcome(fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario().build())), "derived from the flow when the scenario does not say");

        fixture.selfDeploying();
        Run kiosk = fixture.run(FlowKind.SELF_DEPLOYING, fixture.scenario().userPresent(true).build());
        StepRecord signOn = kiosk.trace().get(kiosk.trace().size() - 1);
        assertTrue(signOn.reason().contains("a user is at the device"), signOn.reason());
    }
}
