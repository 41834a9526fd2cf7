package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.ScreenControl;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.WindowsVersion;
import org.junit.jupiter.api.Test;

/** The screen catalogue is complete, worded per Windows version, and the only source of the buttons runs show. */
class ScreenCatalogueTest {

    private static final List<WindowsVersion> VERSIONS = List.of(WindowsVersion.WINDOWS10, WindowsVersion.WINDOWS11);

    @Test
    void everyScreenHasATitleAndLabelledControlsOnBothVersions() {
        for (Screen screen : Screen.values()) {
            for (WindowsVersion windows : VERSIONS) {
                assertFalse(screen.title(windows).isBlank(), screen + " " + windows);
                for (ScreenControl control : screen.controls(windows)) {
                    assertNotNull(control.label(windows), screen + " " + control);
                }
                assertEquals(screen.controls(windows).size(), screen.buttons(windows).size());
            }
        }
        for (ScreenControl control : ScreenControl.values()) {
            assertTrue(Screen.values().length > 0 && List.of(Screen.values()).stream()
                    .anyMatch(s -> s.controls(WindowsVersion.WINDOWS10).contains(control)
                            || s.controls(WindowsVersion.WINDOWS11).contains(control)),
                    control + " is on no screen");
        }
    }

    @Test
    void windowsTenAndElevenWordTheirScreensDifferently() {
        assertEquals("Next", ScreenControl.SIGN_IN.label(WindowsVersion.WINDOWS10));
        assertEquals("Sign in", ScreenControl.SIGN_IN.label(WindowsVersion.WINDOWS11));
        assertEquals(List.of("Show details", "Hide details", "Sign out"), Screen.ESP.buttons(WindowsVersion.WINDOWS10));
        assertEquals(List.of("∨", "∧", "Sign out"), Screen.ESP.buttons(WindowsVersion.WINDOWS11));
        assertEquals(List.of("Windows Autopilot provisioning", "Continue"),
                Screen.PROVISIONING_MENU.buttons(WindowsVersion.WINDOWS10));
        assertEquals(List.of("Pre-provision with Windows Autopilot", "Next"),
                Screen.PROVISIONING_MENU.buttons(WindowsVersion.WINDOWS11));
        assertEquals("Windows Autopilot Configuration", Screen.PRE_PROVISION_CONFIGURATION.title(WindowsVersion.WINDOWS10));
        assertEquals("Pre-provision with Windows Autopilot",
                Screen.PRE_PROVISION_CONFIGURATION.title(WindowsVersion.WINDOWS11));
        assertTrue(Screen.PROVISION_RESULT.controls(WindowsVersion.WINDOWS10).contains(ScreenControl.VIEW_DIAGNOSTICS));
        assertFalse(Screen.PROVISION_RESULT.controls(WindowsVersion.WINDOWS11).contains(ScreenControl.VIEW_DIAGNOSTICS),
                "Windows 11 exports logs with Ctrl+Shift+D, not a button");
        assertNotEquals(Screen.LANGUAGE_REGION.title(WindowsVersion.WINDOWS10),
                Screen.LANGUAGE_REGION.title(WindowsVersion.WINDOWS11));
        assertEquals(Screen.DEFAULT_ESP_ERROR_MESSAGE, Screen.ESP_ERROR.message(WindowsVersion.WINDOWS11));
    }

    @Test
    void failurePagesNameTheControlOfEachChoice() {
        assertEquals(ScreenControl.RESET_DEVICE, Screen.ESP_ERROR.control(FailureChoice.RESET));
        assertEquals(ScreenControl.RESET, Screen.PROVISION_RESULT.control(FailureChoice.RESET));
        assertEquals(ScreenControl.VIEW_DIAGNOSTICS, Screen.PROVISION_RESULT.control(FailureChoice.COLLECT_LOGS));
        assertNull(Screen.PROVISION_RESULT.control(FailureChoice.CONTINUE_ANYWAY));
        assertNull(Screen.ESP_ERROR.control(FailureChoice.STAY));
        assertNull(Screen.DESKTOP.control(FailureChoice.RETRY));
        Fixture fixture = new Fixture();
        assertTrue(FailureChoice.RETRY.isOfferedOnEspError(fixture.esp));
        assertFalse(FailureChoice.CONTINUE_ANYWAY.isOfferedOnEspError(fixture.esp));
        fixture.esp.setAllowUseOnInstallationError(true);
        assertTrue(FailureChoice.CONTINUE_ANYWAY.isOfferedOnEspError(fixture.esp));
        assertFalse(FailureChoice.STAY.isOfferedOnEspError(fixture.esp));
    }

    @Test
    void runsShowEveryScreenOfTheCatalogueAndOnlyItsButtons() {
        Set<Screen> seen = EnumSet.noneOf(Screen.class);
        for (WindowsVersion windows : VERSIONS) {
            for (Run run : runs(windows)) {
                for (StepRecord record : run.trace()) {
                    if (record.screen() == null) {
                        continue;
                    }
                    if (record.shown()) {
                        seen.add(record.screen());
                    }
                    assertTrue(record.screen().buttons(windows).containsAll(record.buttons()),
                            windows + " " + record.screen() + " shows " + record.buttons() + ", the catalogue has "
                                    + record.screen().buttons(windows));
                }
            }
        }
        assertEquals(EnumSet.allOf(Screen.class), seen);
    }

    private static List<Run> runs(WindowsVersion windows) {
        List<Run> runs = new ArrayList<>();
        Fixture shows = new Fixture();
        shows.profile.setMicrosoftSoftwareLicenseTerms(ScreenVisibility.SHOW);
        shows.profile.setPrivacySettings(ScreenVisibility.SHOW);
        shows.esp.setAllowResetOnInstallationError(true);
        shows.esp.setAllowUseOnInstallationError(true);
        shows.esp.setTurnOnLogCollectionAndDiagnostics(true);
        runs.add(shows.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, shows.scenario(windows, Network.WIFI).mfa(true).build()));
        runs.add(shows.run(FlowKind.USER_DRIVEN_ENTRA_JOIN, shows.scenario(windows, Network.WIRED)
                .failItems(List.of(shows.item("Teams"))).build()));
        runs.add(shows.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, shows.scenario(windows, Network.WIRED).build()));
        runs.add(shows.run(FlowKind.PRE_PROVISIONING_TECHNICIAN, shows.scenario(windows, Network.WIRED)
                .failItemsOnce(List.of(shows.item("Company Portal"))).failureChoices(List.of(FailureChoice.COLLECT_LOGS,
                        FailureChoice.RETRY)).build()));
        Fixture hybrid = new Fixture().hybrid();
        runs.add(hybrid.run(FlowKind.USER_DRIVEN_HYBRID_JOIN, hybrid.scenario(windows, Network.WIRED).build()));
        return runs;
    }
}
