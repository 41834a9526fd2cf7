package org.flowpilot.preview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.internal.Page;
import org.flowpilot.preview.internal.PageRenderer;
import org.flowpilot.preview.spi.ScreenButton;
import org.flowpilot.preview.spi.ScreenContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** The layouts keep the markup contract on every page kind, on Windows 10 and Windows 11, with placeholder words. */
class LayoutContractTest {

    private static final Set<String> PHASES = Set.of("device-preparation", "device-setup", "account-setup");
    private static final Set<String> STATES = Set.of("waiting", "running", "succeeded", "failed", "skipped");
    private static final String SCREEN = "//section[" + Markup.hasClass("screen") + "]";

    static Stream<Page> pages() {
        return Stream.of(WindowsVersion.WINDOWS10, WindowsVersion.WINDOWS11).flatMap(w -> PageSamples.all(w).stream());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageIsOneScreenSectionNamingItsScreenAndWindows(Page page) {
        Element screen = Markup.parse(PageRenderer.section(page)).one(SCREEN);
        assertEquals(page.screenId(), screen.getAttribute("data-screen"));
        assertEquals(page.windows() == WindowsVersion.WINDOWS10 ? "10" : "11", screen.getAttribute("data-windows"));
        assertEquals(page.title(), screen.getAttribute("aria-label"));
        assertTrue(screen.getAttribute("class").contains(page.windows() == WindowsVersion.WINDOWS10 ? "win10" : "win11"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyButtonIsAButtonElementWithALabel(Page page) {
        Markup markup = Markup.parse(PageRenderer.section(page));
        for (Element button : markup.all("//button")) {
            assertFalse(Markup.label(button).isBlank(), "a button without a label on " + page.screenId());
            assertEquals("button", button.getAttribute("type"));
        }
        for (Element marked : markup.all("//*[@data-button]")) {
            assertEquals("button", marked.getTagName(), "data-button on a " + marked.getTagName());
        }
        for (ScreenButton expected : buttonsOf(page)) {
            Element button = markup.one("//button[@data-button='" + expected.id() + "']");
            assertEquals(expected.label(), Markup.label(button));
            assertEquals(!expected.enabled(), button.hasAttribute("disabled"), expected.id() + " disabled");
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void nothingIsLoadedFromOutsideThePage(Page page) {
        Markup markup = Markup.parse(PageRenderer.section(page));
        assertEquals(List.of(), markup.all("//img | //link | //script | //iframe | //object | //embed | //image"));
        assertEquals(List.of(), markup.all("//*[@src or @href or @srcset or @style]"));
    }

    @Test
    void theStylesheetLoadsNothingEither() {
        String css = PageRenderer.stylesheet();
        assertFalse(css.contains("url("), "url() in the stylesheet");
        assertFalse(css.contains("@import"), "@import in the stylesheet");
        assertFalse(css.contains("@font-face"), "@font-face in the stylesheet");
        assertTrue(css.contains(".screen.win10") && css.contains(".screen.win11"), "both themes");
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void theTextBoxHoldsTheGivenValueOrNothing(WindowsVersion windows) {
        Element filled = Markup.parse(PageRenderer.section(PageSamples.field(windows, "placeholder-user")))
                .one("//input[@data-field='user-name']");
        assertEquals("placeholder-user", filled.getAttribute("value"));
        assertEquals("Field label", filled.getAttribute("aria-label"));
        Element empty = Markup.parse(PageRenderer.section(PageSamples.field(windows, null)))
                .one("//input[@data-field='user-name']");
        assertTrue(empty.hasAttribute("value"), "an empty box still carries value=\"\"");
        assertEquals("", empty.getAttribute("value"));
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void theEspShowsEachPhaseWithItsStateAndTheOpenPhasesItems(WindowsVersion windows) {
        Markup markup = Markup.parse(PageRenderer.section(PageSamples.esp(windows, null)));
        List<Element> phases = markup.all("//*[@data-esp-phase]");
        assertEquals(List.of("device-preparation", "device-setup", "account-setup"),
                phases.stream().map(p -> p.getAttribute("data-esp-phase")).toList());
        assertEquals(List.of("skipped", "running", "waiting"), phases.stream().map(p -> p.getAttribute("data-state"))
                .toList());
        for (Element phase : phases) {
            assertTrue(PHASES.contains(phase.getAttribute("data-esp-phase")));
            assertTrue(STATES.contains(phase.getAttribute("data-state")));
        }
        assertEquals(List.of("succeeded", "running"), markup.all("//*[@data-esp-phase='device-setup']//ul[not(@hidden)]"
                + "/li").stream().map(item -> item.getAttribute("data-state")).toList());
        assertEquals(1, markup.all("//*[@data-esp-phase='account-setup']//ul[@hidden]").size(),
                "a closed phase hides its details");
    }

    @Test
    void windows10TogglesTheDetailsWithWordsAndWindows11WithChevrons() {
        Markup ten = Markup.parse(PageRenderer.section(PageSamples.esp(WindowsVersion.WINDOWS10, null)));
        Element open10 = ten.one("//*[@data-esp-phase='device-setup']//button");
        assertEquals("Hide", open10.getTextContent());
        assertEquals("true", open10.getAttribute("aria-expanded"));
        assertEquals("Show", ten.one("//*[@data-esp-phase='account-setup']//button").getTextContent());
        assertEquals(List.of(), ten.all("//button[" + Markup.hasClass("chevron") + "]"));

        Markup eleven = Markup.parse(PageRenderer.section(PageSamples.esp(WindowsVersion.WINDOWS11, null)));
        Element open11 = eleven.one("//*[@data-esp-phase='device-setup']//button");
        assertEquals("", open11.getTextContent().strip(), "a chevron has no words");
        assertEquals("Hide", open11.getAttribute("aria-label"));
        assertTrue(open11.getAttribute("class").contains("chevron"));
        assertEquals(1, eleven.all("//*[@data-esp-phase='device-setup']//button/svg").size(), "the chevron is drawn");
        assertEquals("false", eleven.one("//*[@data-esp-phase='account-setup']//button").getAttribute("aria-expanded"));
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void theEspErrorShowsItsMessageCodeAndButtons(WindowsVersion windows) {
        Markup markup = Markup.parse(PageRenderer.section(PageSamples.esp(windows,
                new Page.EspError("Error message", "0x00000001"))));
        Element alert = markup.one("//*[@role='alert']");
        assertTrue(alert.getTextContent().contains("Error message"));
        assertTrue(alert.getTextContent().contains("0x00000001"));
        assertEquals(List.of("reset", "retry"), markup.all("//div[" + Markup.hasClass("actions") + "]/button").stream()
                .map(b -> b.getAttribute("data-button")).toList());
        assertEquals("failed", markup.one("//*[@data-esp-phase='device-setup']").getAttribute("data-state"));
    }

    @ParameterizedTest
    @EnumSource(WindowsVersion.class)
    void theResultIsGreenOrRedAndCarriesAQrCodeOnlyWhenGivenOne(WindowsVersion windows) {
        Element success = Markup.parse(PageRenderer.section(PageSamples.result(windows, true))).one(SCREEN);
        assertTrue(success.getAttribute("class").contains("result-success"));
        Element failure = Markup.parse(PageRenderer.section(PageSamples.result(windows, false))).one(SCREEN);
        assertTrue(failure.getAttribute("class").contains("result-failure"));
        int qrCodes = Markup.parse(PageRenderer.section(PageSamples.result(windows, true)))
                .all("//svg[" + Markup.hasClass("qr") + "]").size();
        assertEquals(windows == WindowsVersion.WINDOWS10 ? 1 : 0, qrCodes);
    }

    @Test
    void theQrPatternDependsOnThePayloadOnly() {
        String one = qrPath("device-0001");
        assertEquals(one, qrPath("device-0001"));
        assertNotEquals(one, qrPath("device-0002"));
        // The top-left finder pattern: its first row is seven dark modules after the quiet zone.
        assertTrue(one.startsWith("M2 2h1v1h-1zM3 2h1v1h-1zM4 2h1v1h-1zM5 2h1v1h-1zM6 2h1v1h-1zM7 2h1v1h-1z"
                + "M8 2h1v1h-1z"), one.substring(0, 80));
    }

    private static String qrPath(String payload) {
        Page page = new Page.Oobe(WindowsVersion.WINDOWS10, null, ScreenContent.builder("qr", "QR").build(),
                new Page.Extra.Qr(payload));
        return Markup.parse(PageRenderer.section(page)).one("//svg[" + Markup.hasClass("qr") + "]/path")
                .getAttribute("d");
    }

    @Test
    void textAndAttributesAreEscaped() {
        String hostile = "<script>alert('x')</script> & \"quoted\"";
        Page page = new Page.Oobe(WindowsVersion.WINDOWS11, null, ScreenContent.builder("escaped", hostile)
                .message(hostile).button(ScreenButton.primary("go", hostile)).build(), null);
        Markup markup = Markup.parse(PageRenderer.section(page));
        assertEquals(hostile, markup.one(SCREEN).getAttribute("aria-label"));
        assertEquals(hostile, markup.one("//h1").getTextContent());
        assertEquals(hostile, markup.one("//button").getTextContent());
        assertEquals(List.of(), markup.all("//script"));
    }

    @Test
    void aDocumentHoldsOneScreenItsStylesAndAPolicyThatForbidsEveryRequest() {
        String document = PageRenderer.document(PageSamples.desktop(WindowsVersion.WINDOWS11), "Document title");
        Markup markup = Markup.parse(document);
        assertEquals(1, markup.all(SCREEN).size());
        assertEquals(PageRenderer.CONTENT_SECURITY_POLICY,
                markup.one("//meta[@http-equiv='Content-Security-Policy']").getAttribute("content"));
        assertTrue(markup.one("//style").getTextContent().contains(".screen.win11"));
        assertEquals("Document title", markup.one("//title").getTextContent());
        assertFalse(document.contains("http:") || document.contains("https:"), "an address in the document");
    }

    private static List<ScreenButton> buttonsOf(Page page) {
        return switch (page) {
            case Page.Oobe oobe -> oobe.content().buttons();
            case Page.Esp esp -> esp.buttons();
            case Page.Result result -> result.buttons();
            case Page.SignOn signOn -> signOn.buttons();
            case Page.Desktop desktop -> List.of();
        };
    }
}
