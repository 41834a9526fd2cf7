package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemOutcome;
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
        assertEquals(List.of(Screen.ENTRA_SIGN_IN, Screen.ESP, Screen.ESP, Screen.ESP, Screen.DESKTOP), Fixture.shownScreens(run));
        StepRecord language = Fixture.first(run, Screen.LANGUAGE_REGION);
        assertEquals(StepStatus.SKIPPED, language.status());
        assertTrue(language.reason().contains("Hidden by the profile"), language.reason());
        StepRecord signIn = Fixture.first(run, Screen.ENTRA_SIGN_IN);
        assertEquals(List.of("Sign in"), signIn.buttons());
        assertEquals("alice@fabrikam.com", signIn.username());
        assertEquals(StepStatus.SKIPPED, Fixture.first(run, Screen.PRIVACY).status());
        assertEquals(RunOutcome.DESKTOP, outcome(run));
        assertEquals(38, run.state().clockMinutes(), "power on 2 min + sign-in 1 min + Company Portal 10 min + Teams 5 min"
                + " + Windows 11 quality updates 20 min");
    }

    @Test
    void windowsTenSaysNextAndShowDetails() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS10, Network.WIRED).assignedUser(null).build());
        StepRecord signIn = Fixture.first(run, Screen.ENTRA_SIGN_IN);
        assertEquals(List.of("Next"), signIn.buttons());
        assertNull(signIn.username());
        assertEquals(List.of("Show details"), Fixture.phase(run, EspPhaseId.DEVICE_SETUP).buttons());
        Run eleven = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS11, Network.WIRED).build());
        assertEquals(List.of("∨"), Fixture.phase(eleven, EspPhaseId.DEVICE_SETUP).buttons());
    }

    @Test
    void wifiShowsRegionAndKeyboardEvenWhenHidden() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS11, Network.WIFI).build());
        assertEquals(List.of(Screen.LANGUAGE_REGION, Screen.KEYBOARD, Screen.ADDITIONAL_KEYBOARD, Screen.NETWORK_CONNECTION, Screen.ENTRA_SIGN_IN,
                Screen.ESP, Screen.ESP, Screen.ESP, Screen.DESKTOP), Fixture.shownScreens(run));
        assertTrue(Fixture.first(run, Screen.LANGUAGE_REGION).reason().contains("Shown although the profile hides it"));
        assertEquals(List.of("Next"), Fixture.first(run, Screen.NETWORK_CONNECTION).buttons());
        assertEquals(RunOutcome.DESKTOP, outcome(run));
    }

    @Test
    void noNetworkBlocksAtTheNetworkScreen() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario(WindowsVersion.WINDOWS11, Network.NONE).build());
        assertEquals(RunOutcome.BLOCKED, outcome(run));
        StepRecord last = run.trace().get(run.trace().size() - 1);
        assertEquals(Screen.NETWORK_CONNECTION, last.screen());
        assertEquals(StepStatus.FAILED, last.status());
        assertTrue(last.reason().contains("Connectivity to the Internet is required"));
    }

    @Test
    void mfaScreenOnlyWhenRequired() {
        Run with = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().mfa(true).build());
        assertTrue(Fixture.shownScreens(with).contains(Screen.MFA));
        Run without = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().build());
        assertFalse(Fixture.shownScreens(without).contains(Screen.MFA));
    }

    @Test
    void preProvisionedUserFlowSkipsDevicePreparationAndRerunsDeviceSetup() {
        Flow flow = StandardFlows.userDrivenEntraJoin();
        flow.setKind(FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN);
        Run run = fixture.engine.start(flow, fixture.scenario().build());
        run.runToEnd();
        StepRecord preparation = Fixture.phase(run, EspPhaseId.DEVICE_PREPARATION);
        assertEquals(StepStatus.SKIPPED, preparation.status());
        assertTrue(preparation.reason().contains("technician flow"));
        StepRecord setup = Fixture.phase(run, EspPhaseId.DEVICE_SETUP);
        assertEquals(StepStatus.RAN, setup.status());
        assertTrue(setup.reason().contains("runs again"));
        assertEquals(StepStatus.RAN, Fixture.phase(run, EspPhaseId.ACCOUNT_SETUP).status());
        assertEquals(RunOutcome.DESKTOP, outcome(run));
    }

    @Test
    void technicianFlowRunsDevicePhasesThenReseals() {
        Run run = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN,
                fixture.scenario(WindowsVersion.WINDOWS10, Network.WIRED).build());
        StepRecord menu = Fixture.first(run, Screen.PROVISIONING_MENU);
        assertEquals(List.of("Windows Autopilot provisioning", "Continue"), menu.buttons());
        assertEquals(List.of("Refresh", "Provision"), Fixture.first(run, Screen.PRE_PROVISION_CONFIGURATION).buttons());
        assertEquals(List.of("Reseal"), Fixture.first(run, Screen.PROVISION_RESULT).buttons());
        assertTrue(run.trace().stream().noneMatch(r -> EspPhaseId.ACCOUNT_SETUP.equals(r.espPhase())));
        assertEquals(RunOutcome.RESEALED, outcome(run));
        Run eleven = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, fixture.scenario().build());
        assertEquals(List.of("Pre-provision with Windows Autopilot", "Next"),
                Fixture.first(eleven, Screen.PROVISIONING_MENU).buttons());
    }

    @Test
    void preProvisioningNotAllowedFailsWith0x80180005() {
        fixture.profile.setAllowPreProvisionedDeployment(false);
        Run run = fixture.run(FlowKind.PRE_PROVISIONING_TECHNICIAN,
                fixture.scenario(WindowsVersion.WINDOWS10, Network.WIRED).build());
        assertEquals(RunOutcome.FAILED, outcome(run));
        assertEquals("0x80180005", run.state().errorCode());
        StepRecord result = run.trace().get(run.trace().size() - 1);
        assertEquals(Screen.PROVISION_RESULT, result.screen());
        assertEquals(List.of("Retry", "Reset", "View diagnostics"), result.buttons());
        assertEquals("0x80180005", result.errorCode());
    }

    @Test
    void selfDeployingWithoutTpmFailsWith0x800705B4() {
        fixture.selfDeploying();
        Run run = fixture.run(FlowKind.SELF_DEPLOYING, fixture.scenario().tpm20(false).build());
        assertEquals(RunOutcome.FAILED, outcome(run));
        assertEquals("0x800705B4", run.state().errorCode());
        assertEquals(Screen.ESP_ERROR, run.trace().get(run.trace().size() - 1).screen());
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
        assertFalse(Fixture.shownScreens(run).contains(Screen.ENTRA_SIGN_IN));
        assertEquals(35, run.state().clockMinutes(), "power on 2 min + Device preparation 2 min + Device setup 10 min"
                + " + sign-on screen 1 min + Windows 11 quality updates 20 min");
    }

    @Test
    void hangingItemTimesOutAtSixtyMinutesWithTheAllowedButtons() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario().hangItems(List.of(fixture.item("Company Portal"))).build());
        StepRecord setup = Fixture.phase(run, EspPhaseId.DEVICE_SETUP);
        assertEquals(StepStatus.TIMED_OUT, setup.status());
        assertEquals(60, setup.clockMinutes() - Fixture.first(run, Screen.ENTRA_SIGN_IN).clockMinutes(),
                "the timeout counts from the start of the ESP");
        StepRecord error = run.trace().get(run.trace().size() - 1);
        assertEquals(Screen.ESP_ERROR, error.screen());
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
                fixture.scenario().hangItems(List.of(fixture.item("Company Portal"))).build());
        assertEquals(100, Fixture.phase(run, EspPhaseId.DEVICE_SETUP).clockMinutes()
                - Fixture.first(run, Screen.ENTRA_SIGN_IN).clockMinutes());
        StepRecord error = run.trace().get(run.trace().size() - 1);
        assertEquals(List.of("Retry", "Reset device", "Continue anyway", "Collect logs"), error.buttons());
        assertEquals("Call Fabrikam IT at 1234.", error.message());
    }

    @Test
    void failingItemStopsTheEsp() {
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().failItems(List.of(fixture.item("Teams"))).build());
        StepRecord account = Fixture.phase(run, EspPhaseId.ACCOUNT_SETUP);
        assertEquals(StepStatus.FAILED, account.status());
        assertEquals(TrackedItemOutcome.FAILED, account.items().get(0).outcome());
        assertEquals(RunOutcome.FAILED, outcome(run));
        assertTrue(run.state().diagnostic().contains("Teams"));
    }

    @Test
    void hybridSignsOnInsideTheEspAndSignsOutAtTheEnd() {
        fixture.hybrid();
        Run run = fixture.run(FlowKind.USER_DRIVEN_HYBRID_JOIN, fixture.scenario().build());
        List<StepRecord> signOns = run.trace().stream().filter(r -> Screen.WINDOWS_SIGN_ON.equals(r.screen())).toList();
        assertEquals(2, signOns.size());
        assertEquals("FABRIKAM\\alice", signOns.get(0).username());
        assertTrue(signOns.get(0).reason().contains("temporarily dismissed"));
        assertTrue(Fixture.phase(run, EspPhaseId.ACCOUNT_SETUP).buttons().contains("Sign out"));
        // hybrid-azure-ad-join-deploy-device.md steps 8 and 9: the Entra screens during Account setup, Sign out after.
        assertEquals(List.of(Screen.ENTRA_SIGN_IN, Screen.ESP, Screen.ESP, Screen.WINDOWS_SIGN_ON,
                Screen.STAY_SIGNED_IN, Screen.ALL_SET, Screen.ESP, Screen.WINDOWS_SIGN_ON), Fixture.shownScreens(run));
        assertEquals(RunOutcome.SIGN_ON_SCREEN, outcome(run));
    }

    @Test
    void theScenarioSaysWhetherAUserIsAtTheDevice() {
        Run nobody = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().userPresent(false).build());
        assertEquals(RunOutcome.BLOCKED, outcome(nobody));
        StepRecord last = nobody.trace().get(nobody.trace().size() - 1);
        assertEquals(Screen.ENTRA_SIGN_IN, last.screen());
        assertTrue(last.reason().startsWith("Nobody is at the device"), last.reason());
        assertEquals(RunOutcome.DESKTOP, outcome(fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN,
                fixture.scenario().build())), "derived from the flow when the scenario does not say");

        fixture.selfDeploying();
        Run kiosk = fixture.run(FlowKind.SELF_DEPLOYING, fixture.scenario().userPresent(true).build());
        StepRecord signOn = kiosk.trace().get(kiosk.trace().size() - 1);
        assertTrue(signOn.reason().contains("a user is at the device"), signOn.reason());
    }
}
