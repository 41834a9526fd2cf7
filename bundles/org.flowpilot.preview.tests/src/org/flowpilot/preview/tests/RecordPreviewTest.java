package org.flowpilot.preview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.ScreenPreviews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/**
 * Previews of real step records keep the markup contract and say what the screen catalogue and the run say, on
 * Windows 10 and Windows 11.
 */
class RecordPreviewTest {

    private static final ScreenPreviews PREVIEWS = ScreenPreviews.with(List.of());
    private static final String SCREEN = "//section[" + Markup.hasClass("screen") + "]";
    private static final String ACTIONS = "//div[" + Markup.hasClass("actions") + "]/button";

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void everyScreenOfTheCatalogueIsDrawnWithTheContract(WindowsVersion windows) {
        Set<Screen> drawn = EnumSet.noneOf(Screen.class);
        for (Run run : Runs.everyScreen(windows)) {
            for (StepRecord record : run.trace()) {
                String section = PREVIEWS.section(record, Runs.context(run, record)).orElse(null);
                if (!record.shown() || record.screenId() == null) {
                    assertEquals(null, section, "a preview of step " + record.step() + " " + record.name());
                    continue;
                }
                Markup markup = Markup.parse(section);
                Element screen = markup.one(SCREEN);
                assertEquals(record.screenId(), screen.getAttribute("data-screen"));
                assertEquals(windows == WindowsVersion.WINDOWS10 ? "10" : "11", screen.getAttribute("data-windows"));
                assertEquals(record.screen().title(windows), markup.one("//h1").getTextContent());
                for (Element button : markup.all("//button")) {
                    assertFalse(Markup.label(button).isBlank(), "an unlabelled button on " + record.screenId());
                }
                for (Element phase : markup.all("//*[@data-esp-phase]")) {
                    assertTrue(Set.of("waiting", "running", "succeeded", "failed", "skipped")
                            .contains(phase.getAttribute("data-state")));
                }
                drawn.add(record.screen());
            }
        }
        assertEquals(EnumSet.allOf(Screen.class), drawn, "screens of the catalogue no run drew");
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void theSignInPagePrefillsTheAssignedUserAndSignsInWithTheVersionsButton(WindowsVersion windows) {
        Run run = Runs.contoso(Runs.ADELE, windows);
        Markup markup = markup(run, Runs.first(run, "entra-sign-in", null));
        assertEquals(Runs.ADELE_UPN, markup.one("//input[@data-field='user-name']").getAttribute("value"));
        Element signIn = markup.one(ACTIONS);
        assertEquals("sign-in", signIn.getAttribute("data-button"));
        assertEquals(windows == WindowsVersion.WINDOWS10 ? "Next" : "Sign in", signIn.getTextContent());

        Run nobody = Runs.contoso(Runs.ADELE, windows, b -> b.assignedUser(null));
        Element empty = markup(nobody, Runs.first(nobody, "entra-sign-in", null)).one("//input");
        assertTrue(empty.hasAttribute("value"));
        assertEquals("", empty.getAttribute("value"));
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void theUserFlowsEspSkipsDevicePreparationAndRunsDeviceSetupAgain(WindowsVersion windows) {
        Run run = Runs.contoso(Runs.ADELE, windows);
        Markup deviceSetup = markup(run, Runs.first(run, "esp", "device-setup"));
        assertEquals(List.of("skipped", "running", "waiting"), states(deviceSetup));
        // The ESP counts Device setup's tracked items by category; the VPN client app is not tracked, so not counted.
        List<Element> lines = deviceSetup.all("//*[@data-esp-phase='device-setup']//ul[not(@hidden)]/li");
        assertEquals(List.of("Security policies (1 of 1 applied)", "Certificates (1 of 1 added)",
                "Network connections (2 of 2 added)", "Apps (2 of 2 installed)"), lines.stream()
                        .map(line -> line.getTextContent().strip()).toList());
        assertEquals("Company Portal, Microsoft 365 Apps", lines.get(3).getAttribute("title"));
        assertEquals(List.of("succeeded", "succeeded", "succeeded", "succeeded"), lines.stream()
                .map(line -> line.getAttribute("data-state")).toList());

        Markup accountSetup = markup(run, Runs.first(run, "esp", "account-setup"));
        assertEquals(List.of("skipped", "succeeded", "running"), states(accountSetup));
        assertEquals(List.of(), accountSetup.all("//*[@data-esp-phase='device-setup']//ul[not(@hidden)]"),
                "a finished phase's details are closed");
    }

    @Test
    void windows10TogglesDetailsWithWordsAndWindows11WithChevrons() {
        Run ten = Runs.contoso(Runs.ADELE, WindowsVersion.WINDOWS10);
        Markup esp10 = markup(ten, Runs.first(ten, "esp", "device-setup"));
        Element open10 = esp10.one("//*[@data-esp-phase='device-setup']//button");
        assertEquals("Hide details", open10.getTextContent());
        assertEquals("hide-details", open10.getAttribute("data-button"));
        assertEquals("Show details", esp10.one("//*[@data-esp-phase='account-setup']//button").getTextContent());

        Run eleven = Runs.contoso(Runs.ADELE, WindowsVersion.WINDOWS11);
        Markup esp11 = markup(eleven, Runs.first(eleven, "esp", "device-setup"));
        Element open11 = esp11.one("//*[@data-esp-phase='device-setup']//button");
        assertTrue(open11.getAttribute("class").contains("chevron"));
        assertEquals("", open11.getTextContent());
        assertEquals("Hide details", open11.getAttribute("aria-label"));
        assertEquals("true", open11.getAttribute("aria-expanded"));
        assertEquals("show-details", esp11.one("//*[@data-esp-phase='account-setup']//button")
                .getAttribute("data-button"));
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void theEspErrorShowsTheMessageAndExactlyTheButtonsTheConfigurationAllows(WindowsVersion windows) {
        Run run = Runs.contoso(Runs.TIMES_OUT, windows);
        StepRecord error = Runs.first(run, "esp-error", null);
        Markup markup = markup(run, error);
        assertEquals(List.of("retry", "reset-device", "collect-logs"), buttonIds(markup));
        assertTrue(markup.one("//*[@role='alert']").getTextContent().contains(error.message()));
        assertEquals(List.of("skipped", "succeeded", "failed"), states(markup));

        // A page that blocks device use always offers Retry (no admin center setting hides it); the rest as set.
        EnrollmentStatusPage esp = EcoreUtil.copy(run.scenario().esp());
        esp.setAllowResetOnInstallationError(false);
        esp.setAllowUseOnInstallationError(true);
        esp.setShowCustomMessage(true);
        esp.setCustomMessage("Call the Contoso help desk on 555-0100.");
        Run other = Runs.contoso(Runs.TIMES_OUT, windows, b -> b.esp(esp));
        Markup otherMarkup = markup(other, Runs.first(other, "esp-error", null));
        assertEquals(List.of("retry", "continue-anyway", "collect-logs"), buttonIds(otherMarkup));
        assertTrue(otherMarkup.one("//*[@role='alert']").getTextContent()
                .contains("Call the Contoso help desk on 555-0100."));
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void theTechnicianSeesTheMenuTheConfigurationAndAGreenResultToReseal(WindowsVersion windows) {
        boolean ten = windows == WindowsVersion.WINDOWS10;
        Run run = Runs.contoso(Runs.TECHNICIAN, windows);
        Markup menu = markup(run, Runs.first(run, "provisioning-menu", null));
        assertEquals(ten ? "Windows Autopilot provisioning" : "Pre-provision with Windows Autopilot",
                menu.one("//button[@data-button='pre-provision-option']").getTextContent());
        assertEquals("true", menu.one("//button[@data-button='pre-provision-option']").getAttribute("aria-pressed"));
        assertEquals(List.of("continue"), buttonIds(menu));
        assertEquals(ten ? "Continue" : "Next", menu.one(ACTIONS).getTextContent());

        Markup configuration = markup(run, Runs.first(run, "preprovision-config", null));
        assertEquals(List.of("refresh", "provision"), buttonIds(configuration));
        assertTrue(configuration.one("//dl").getTextContent().contains("Contoso"));
        assertEquals(1, configuration.all("//svg[" + Markup.hasClass("qr") + "]").size());

        // Only the device phases run for the technician: Account setup is skipped, not waited for.
        assertEquals(List.of("running", "waiting", "skipped"),
                states(markup(run, Runs.first(run, "esp", "device-preparation"))));
        List<Element> tasks = markup(run, Runs.first(run, "esp", "device-preparation"))
                .all("//*[@data-esp-phase='device-preparation']//ul[not(@hidden)]/li");
        assertEquals("Secure your hardware Complete", tasks.get(0).getTextContent().strip());

        Markup result = markup(run, Runs.first(run, "provision-result", null));
        assertTrue(result.one(SCREEN).getAttribute("class").contains("result-success"));
        assertEquals(List.of("reseal"), buttonIds(result));
        assertEquals(ten ? 1 : 0, result.all("//svg[" + Markup.hasClass("qr") + "]").size(),
                "the QR code on the result screen is Windows 10's");
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void aFailedPreProvisioningIsRedWithRetryResetAndTheLogs(WindowsVersion windows) {
        Run run = Runs.contoso(Runs.APPS_FAIL, windows);
        StepRecord failure = Runs.first(run, "provision-result", null);
        Markup result = markup(run, failure);
        assertTrue(result.one(SCREEN).getAttribute("class").contains("result-failure"));
        if (windows == WindowsVersion.WINDOWS10) {
            assertEquals(List.of("retry", "reset", "view-diagnostics"), buttonIds(result));
            assertEquals(List.of(), result.all("//kbd"));
        } else {
            assertEquals(List.of("retry", "reset"), buttonIds(result));
            assertEquals("Ctrl+Shift+D, Export Logs", result.one("//kbd").getTextContent());
        }
        assertTrue(result.one(SCREEN).getTextContent().contains("Microsoft 365 Apps"), "the cause is named");
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void nextOnTheNetworkScreenWaitsForANetwork(WindowsVersion windows) {
        Run wifi = Runs.contoso(Runs.ADELE, windows, b -> b.network(Network.WIFI));
        Element next = markup(wifi, Runs.first(wifi, "network-connect", null)).one(ACTIONS);
        assertEquals("next", next.getAttribute("data-button"));
        assertFalse(next.hasAttribute("disabled"));

        Run none = Runs.contoso(Runs.ADELE, windows, b -> b.network(Network.NONE));
        assertTrue(markup(none, Runs.first(none, "network-connect", null)).one(ACTIONS).hasAttribute("disabled"));
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void aHybridJoinEndsSignedOutAtTheSignOnScreenOfTheOnPremisesAccount(WindowsVersion windows) {
        Run run = Runs.hybrid(windows);
        Markup account = markup(run, Runs.first(run, "esp", "account-setup"));
        assertEquals(List.of("sign-out"), buttonIds(account));
        StepRecord last = run.trace().get(run.trace().size() - 1);
        Markup signOn = markup(run, last);
        assertEquals("windows-sign-on", signOn.one(SCREEN).getAttribute("data-screen"));
        assertEquals(last.username(), signOn.one("//p[" + Markup.hasClass("account-name") + "]").getTextContent());
        assertEquals(List.of("ctrl-alt-del"), buttonIds(signOn));
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void theDesktopHasTheTaskbarOfItsVersionAndTheRunsClock(WindowsVersion windows) {
        Run run = Runs.contoso(Runs.ADELE, windows);
        StepRecord desktop = run.trace().get(run.trace().size() - 1);
        Markup markup = markup(run, desktop);
        assertEquals("desktop", markup.one(SCREEN).getAttribute("data-screen"));
        assertEquals("start", markup.one("//button[@aria-label='Start']").getAttribute("data-button"));
        // The scenario's run starts at 8:30; the desktop appears when the simulated clock reaches its minutes.
        String expected = java.time.LocalTime.of(8, 30).plusMinutes(desktop.clockMinutes())
                .format(java.time.format.DateTimeFormatter.ofPattern("H:mm"));
        assertEquals(expected, markup.one("//span[" + Markup.hasClass("time") + "]").getTextContent());
        assertEquals(windows == WindowsVersion.WINDOWS10 ? 1 : 0,
                markup.all("//div[" + Markup.hasClass("search-box") + "]").size());
    }

    @Test
    void aScreenNotOnDisplayHasNoPreview() {
        Run run = Runs.contoso(Runs.ADELE, WindowsVersion.WINDOWS11);
        StepRecord privacy = Runs.first(run, "privacy", null);
        assertFalse(privacy.shown());
        assertTrue(PREVIEWS.document(privacy, Runs.context(run, privacy)).isEmpty());
        assertFalse(PREVIEWS.hasScreen(privacy));
        StepRecord powerOn = run.trace().get(0);
        assertTrue(PREVIEWS.section(powerOn, Runs.context(run, powerOn)).isEmpty());
    }

    private static Markup markup(Run run, StepRecord record) {
        return Markup.parse(PREVIEWS.section(record, Runs.context(run, record))
                .orElseThrow(() -> new AssertionError("No preview of " + record)));
    }

    private static List<String> states(Markup markup) {
        return markup.all("//*[@data-esp-phase]").stream().map(p -> p.getAttribute("data-state")).toList();
    }

    private static List<String> buttonIds(Markup markup) {
        return markup.all(ACTIONS).stream().map(b -> b.getAttribute("data-button")).toList();
    }

}
