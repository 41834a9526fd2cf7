package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The HTML report of the seed's user flow (Contoso, "Adele signs in to her laptop") opened in Chromium through
 * playwright-core ({@code web/check-report.mjs}) and read through the markup contract as laid out: every step and
 * screen, the pre-filled sign-in name and the version's sign-in button, the ESP's phases, every button visible inside
 * its screen, no request and no script error. Each screen is saved as a PNG under {@code target/screenshots}.
 */
class HtmlReportBrowserTest {

    private static final String ADELE = "Adele signs in to her laptop";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = { "10", "11" })
    void theSeedsUserFlowReadsRightInChromium(String windows) throws Exception {
        Path report = folder.resolve("adele-windows" + windows + ".html");
        String model = Cli.contosoIn(folder).toString();
        Cli cli = Cli.run("simulate", model, "--scenario", ADELE, "--windows", windows, "--format", "html", "--out",
                report.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        List<JsonObject> trace = objects(JsonParser.parseString(Cli.run("simulate", model, "--scenario", ADELE,
                "--windows", windows, "--format", "json").out()).getAsJsonObject().getAsJsonArray("steps"));
        JsonObject page = openInChromium(report, Path.of(System.getProperty("flowpilot.screenshots", "target/screenshots"),
                "report-windows" + windows));

        assertEquals(List.of(), strings(page.getAsJsonArray("requests")), "requests the report made");
        assertEquals(List.of(), strings(page.getAsJsonArray("errors")), "script errors");
        assertEquals(0, page.get("images").getAsInt());
        assertEquals(0, page.get("screensOutsideSteps").getAsInt());

        List<JsonObject> steps = objects(page.getAsJsonArray("steps"));
        assertEquals(trace.size(), steps.size());
        for (int i = 0; i < trace.size(); i++) {
            assertEquals(trace.get(i).get("status").getAsString(), steps.get(i).get("status").getAsString());
        }
        List<String> shown = new ArrayList<>();
        for (JsonObject step : steps) {
            for (JsonObject screen : objects(step.getAsJsonArray("screens"))) {
                shown.add(screen.get("id").getAsString());
                assertEquals(windows, screen.get("windows").getAsString());
                assertTrue(screen.getAsJsonObject("box").get("width").getAsDouble() >= 480, "a screen too small to read");
                for (JsonObject button : objects(screen.getAsJsonArray("buttons"))) {
                    String label = button.get("text").getAsString().isEmpty() ? button.get("ariaLabel").getAsString()
                            : button.get("text").getAsString();
                    assertTrue(!label.isBlank(), "an unlabelled button on " + screen.get("id"));
                    assertTrue(button.get("visible").getAsBoolean() && button.get("inside").getAsBoolean(),
                            label + " is not fully visible on " + screen.get("id"));
                }
                for (JsonObject phase : objects(screen.getAsJsonArray("phases"))) {
                    assertTrue(phase.get("inside").getAsBoolean(), phase + " overflows its screen");
                }
            }
        }
        assertEquals(List.of("language-region", "keyboard", "entra-sign-in", "mfa", "esp", "esp", "desktop"), shown);
        JsonObject privacy = steps.get(index(trace, "privacy", null));
        assertEquals("skipped", privacy.get("status").getAsString(), "Privacy, hidden by the profile");
        assertTrue(privacy.get("text").getAsString().contains("Hide"), privacy.toString());

        JsonObject signIn = screen(steps, "entra-sign-in");
        JsonObject name = objects(signIn.getAsJsonArray("inputs")).get(0);
        assertEquals("adelev@contoso.com", name.get("value").getAsString());
        assertTrue(name.get("visible").getAsBoolean() && name.get("inside").getAsBoolean());
        JsonObject button = objects(signIn.getAsJsonArray("buttons")).stream()
                .filter(b -> "sign-in".equals(b.get("id").getAsString())).findFirst().orElseThrow();
        assertEquals(windows.equals("10") ? "Next" : "Sign in", button.get("text").getAsString());

        JsonObject deviceSetup = objects(steps.get(index(trace, "esp", "device-setup")).getAsJsonArray("screens"))
                .get(0);
        assertEquals("device-preparation=skipped device-setup=running account-setup=waiting", phases(deviceSetup));
        JsonObject accountSetup = objects(steps.get(index(trace, "esp", "account-setup")).getAsJsonArray("screens"))
                .get(0);
        assertEquals("device-preparation=skipped device-setup=succeeded account-setup=running", phases(accountSetup));
        JsonObject toggle = objects(deviceSetup.getAsJsonArray("buttons")).get(1);
        assertEquals("hide-details", toggle.get("id").getAsString());
        assertEquals(windows.equals("10") ? "Hide details" : "", toggle.get("text").getAsString(),
                "Windows 10 words the toggle, Windows 11 draws a chevron");
        assertEquals(shown.size(), page.getAsJsonArray("screenshots").size(), "one picture per screen shown");
    }

    /** Runs the browser check on {@code report}, saving each screen's picture in {@code screenshots}. */
    private static JsonObject openInChromium(Path report, Path screenshots) throws IOException, InterruptedException {
        String script = System.getProperty("flowpilot.reportCheck");
        assertTrue(script != null && Files.exists(Path.of(script)), "the browser check script: " + script);
        assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) || System.getenv("FLOWPILOT_CHROMIUM") != null,
                "Chromium is missing: apt-get install chromium (./run-tests installs it)");
        Path output = Files.createTempFile("report-check", ".json");
        Path log = Files.createTempFile("report-check", ".log");
        Process node = new ProcessBuilder("node", script, report.toString(), screenshots.toString())
                .redirectOutput(output.toFile()).redirectError(log.toFile()).start();
        if (!node.waitFor(120, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new AssertionError("The browser check did not finish in 120 s: " + Files.readString(log));
        }
        assertEquals(0, node.exitValue(), "the browser check failed: " + Files.readString(log));
        return JsonParser.parseString(Files.readString(output, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** The index in the JSON trace of the first step showing {@code screen} (in {@code espPhase}, when given). */
    private static int index(List<JsonObject> trace, String screen, String espPhase) {
        for (int i = 0; i < trace.size(); i++) {
            JsonObject step = trace.get(i);
            if (!step.get("screen").isJsonNull() && screen.equals(step.get("screen").getAsString())
                    && (espPhase == null || espPhase.equals(step.get("espPhase").getAsString()))) {
                return i;
            }
        }
        throw new AssertionError("No " + screen + " step in the trace");
    }

    private static JsonObject screen(List<JsonObject> steps, String id) {
        return steps.stream().flatMap(s -> objects(s.getAsJsonArray("screens")).stream())
                .filter(s -> id.equals(s.get("id").getAsString())).findFirst()
                .orElseThrow(() -> new AssertionError("No " + id + " screen in the report"));
    }

    private static String phases(JsonObject screen) {
        return String.join(" ", objects(screen.getAsJsonArray("phases")).stream()
                .map(p -> p.get("id").getAsString() + "=" + p.get("state").getAsString()).toList());
    }

    private static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> list = new ArrayList<>();
        for (JsonElement element : array) {
            list.add(element.getAsJsonObject());
        }
        return list;
    }

    private static List<String> strings(JsonArray array) {
        List<String> list = new ArrayList<>();
        for (JsonElement element : array) {
            list.add(element.getAsString());
        }
        return list;
    }
}
