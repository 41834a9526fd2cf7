package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.WindowsVersion;
import org.junit.jupiter.api.Test;

/** The seed's License Terms: in every flow where a user signs in, before the sign-in, on every network. */
class LicenseTermsTest {

    private static final List<FlowKind> USER_FLOWS = List.of(FlowKind.USER_DRIVEN_ENTRA_JOIN,
            FlowKind.USER_DRIVEN_HYBRID_JOIN, FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN,
            FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN);

    @Test
    void aProfileThatShowsLicenseTermsShowsThemBeforeTheSignIn() {
        for (FlowKind kind : USER_FLOWS) {
            Fixture fixture = kind.getLiteral().contains("hybrid") ? new Fixture().hybrid() : new Fixture();
            fixture.profile.setMicrosoftSoftwareLicenseTerms(ScreenVisibility.SHOW);
            for (WindowsVersion windows : WindowsVersion.values()) {
                for (Network network : List.of(Network.WIRED, Network.WIFI)) {
                    Run run = fixture.run(kind, fixture.scenario(windows, network).build());
                    String where = kind + " " + windows + " " + network;
                    StepRecord license = Fixture.first(run, Screen.LICENSE_TERMS);
                    assertTrue(license.shown(), where);
                    assertEquals(StepStatus.RAN, license.status(), where);
                    assertEquals(Screen.LICENSE_TERMS.buttons(windows), license.buttons(), where);
                    assertEquals("Shown: Microsoft Software License Terms is set to Show in the profile.",
                            license.reason(), where);
                    List<Screen> shown = Fixture.shownScreens(run);
                    // The hybrid user flow has no sign-in page before the ESP: License Terms come before the ESP.
                    Screen next = shown.contains(Screen.ENTRA_SIGN_IN) ? Screen.ENTRA_SIGN_IN : Screen.ESP;
                    assertEquals(next, shown.get(shown.indexOf(Screen.LICENSE_TERMS) + 1), where + ": " + shown);
                    assertTrue(shown.indexOf(Screen.LICENSE_TERMS) < shown.indexOf(Screen.ESP), where);
                    assertTrue(run.state().outcome().orElseThrow() == RunOutcome.DESKTOP
                            || run.state().outcome().orElseThrow() == RunOutcome.SIGN_ON_SCREEN, where);
                }
            }
        }
    }

    @Test
    void aProfileThatHidesThemSkipsThemSayingWhy() {
        for (FlowKind kind : USER_FLOWS) {
            Fixture fixture = new Fixture();
            Run run = fixture.run(kind, fixture.scenario(WindowsVersion.WINDOWS11, Network.WIFI).build());
            StepRecord license = Fixture.first(run, Screen.LICENSE_TERMS);
            assertFalse(license.shown(), kind.toString());
            assertEquals(StepStatus.SKIPPED, license.status());
            assertEquals("Hidden: Microsoft Software License Terms is set to Hide in the profile.", license.reason());
            assertEquals(List.of(), license.buttons());
        }
    }

    @Test
    void privacyComesWhenAccountSetupBegins() {
        Fixture fixture = new Fixture();
        fixture.profile.setPrivacySettings(ScreenVisibility.SHOW);
        Run run = fixture.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, fixture.scenario().build());
        List<Screen> shown = Fixture.shownScreens(run);
        assertEquals(List.of(Screen.ENTRA_SIGN_IN, Screen.ESP, Screen.ESP, Screen.PRIVACY, Screen.ESP, Screen.DESKTOP),
                shown, "Privacy after the device phases, as Account setup begins");
        assertEquals(List.of("Accept"), Fixture.first(run, Screen.PRIVACY).buttons());
    }

    @Test
    void selfDeployingNeverShowsThemWhateverTheProfileSays() {
        Fixture fixture = new Fixture().selfDeploying();
        fixture.profile.setMicrosoftSoftwareLicenseTerms(ScreenVisibility.SHOW);
        Run run = fixture.run(FlowKind.SELF_DEPLOYING, fixture.scenario().network(Network.WIFI).build());
        assertFalse(Fixture.shownScreens(run).contains(Screen.LICENSE_TERMS));
    }
}
