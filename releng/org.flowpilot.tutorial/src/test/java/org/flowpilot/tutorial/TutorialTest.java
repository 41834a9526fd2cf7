package org.flowpilot.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The README's "Extending Flowpilot" tutorial, run as a reader runs it: its shell lines, taken from the README, in an
 * empty folder, building the template offline against the p2 repository this build wrote; then the built extension
 * dropped into an extensions folder of the product, which runs the same flow inside OSGi.
 */
class TutorialTest {

    private static final Pattern TUTORIAL = Pattern.compile(
            "<!-- tutorial:begin[^>]*-->\\s*```sh\\n(.*?)```\\s*<!-- tutorial:end -->", Pattern.DOTALL);
    private static final String SCENARIO = "A technician tags a laptop";
    private static final String JAR = "com.example.autopilot.assettag-1.0.0-SNAPSHOT.jar";

    private static final Path ROOT = Path.of(System.getProperty("flowpilot.root", "../..")).toAbsolutePath()
            .normalize();
    private static final Path PRODUCT = ROOT.resolve(
            "releng/org.flowpilot.product/target/products/org.flowpilot.product/linux/gtk/x86_64/flowpilot");

    @TempDir
    static Path work;

    private static Result tutorial;

    record Result(int exit, String out) {
    }

    @BeforeAll
    static void runTheTutorial() throws Exception {
        assertTrue(Files.isExecutable(PRODUCT.resolve("flowpilot")), "build the product first: " + PRODUCT);
        assertTrue(Files.isDirectory(ROOT.resolve("releng/org.flowpilot.updatesite/target/repository")),
                "build the update site first");
        String lines = tutorialLines();
        // FLOWPILOT as the reader has it, a built checkout, except that its flowpilot script is the product's own
        // launch script: the checkout's script would rebuild a product it thinks stale in the middle of this build.
        Path checkout = Files.createDirectories(work.resolve("flowpilot"));
        for (String entry : List.of("mvnw", ".mvn", "releng")) {
            Files.createSymbolicLink(checkout.resolve(entry), ROOT.resolve(entry));
        }
        Files.createSymbolicLink(checkout.resolve("flowpilot"), PRODUCT.resolve("flowpilot"));
        Path empty = Files.createDirectories(work.resolve("empty"));
        // MAVEN_ARGS (Maven 3.9) keeps the reader's command and builds offline: everything is in the local repository.
        tutorial = run(empty, Map.of("FLOWPILOT", checkout.toString(), "MAVEN_ARGS", "-o"), "bash", "-euo",
                "pipefail", "-c", lines);
    }

    static String tutorialLines() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher block = TUTORIAL.matcher(readme);
        assertTrue(block.find(), "README.md has the tutorial's shell block between tutorial:begin and tutorial:end");
        return block.group(1);
    }

    static Result run(Path folder, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Path log = Files.createTempFile(work, "out", ".txt");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end in 10 minutes: "
                    + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    /** The row of the step table for the step named {@code name}, split into its columns. */
    static List<String> row(String table, String name) {
        for (String line : table.split("\n")) {
            List<String> columns = new ArrayList<>(List.of(line.trim().split(" {2,}")));
            if (columns.size() > 4 && columns.get(2).equals(name)) {
                return columns;
            }
        }
        throw new AssertionError("no step '" + name + "' in:\n" + table);
    }

    @Test
    void theTemplateBuildsAndItsStepRunsInFlowpilotSimulate() {
        assertEquals(0, tutorial.exit(), tutorial.out());
        assertTrue(Files.isRegularFile(work.resolve("empty/asset-tag/target/" + JAR)), tutorial.out());
        // #, minutes, step, screen, shown, status, ...
        List<String> row = row(tutorial.out(), "Type the asset tag");
        assertEquals("asset-tag", row.get(3));
        assertEquals("yes", row.get(4));
        assertEquals("ran", row.get(5));
    }

    @Test
    void withoutTheExtensionTheFlowStopsAtTheStepSayingWhy() throws Exception {
        Result without = run(work.resolve("empty/asset-tag"), Map.of(), PRODUCT.resolve("flowpilot").toString(),
                "simulate", "examples/asset-tag.autopilot", "--scenario", SCENARIO, "--format", "json");
        assertEquals(0, without.exit(), without.out());
        JsonObject step = step(without.out(), "Type the asset tag");
        assertEquals("failed", step.get("status").getAsString());
        assertTrue(step.get("reason").getAsString().contains("'com.example.autopilot.asset-tag', which no installed"
                + " extension runs"), step.toString());
    }

    @Test
    void droppedIntoTheExtensionsFolderItRunsInsideOsgi() throws Exception {
        // The workbench's wiring without its window: the product's Equinox application for the commands, with File
        // Install watching an extensions folder, as the launch script sets it up for the workbench.
        Path extensions = Files.createDirectories(work.resolve("extensions"));
        Files.copy(work.resolve("empty/asset-tag/target/" + JAR), extensions.resolve(JAR));
        Path configuration = Files.createDirectories(work.resolve("configuration"));
        Files.copy(PRODUCT.resolve("configuration/config.ini"), configuration.resolve("config.ini"));
        Path launcher;
        try (Stream<Path> plugins = Files.list(PRODUCT.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow();
        }
        Result osgi = run(work.resolve("empty/asset-tag"), Map.of(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dfelix.fileinstall.dir=" + extensions, "-Dfelix.fileinstall.noInitialDelay=true",
                "-Dfelix.fileinstall.filter=.*\\.jar", "-jar", launcher.toString(), "-configuration",
                configuration.toString(), "-data", work.resolve("workspace").toString(), "-nosplash",
                "-application", "org.flowpilot.cli.app", "simulate", "examples/asset-tag.autopilot", "--scenario",
                SCENARIO, "--format", "json");
        assertEquals(0, osgi.exit(), osgi.out());
        JsonObject step = step(osgi.out(), "Type the asset tag");
        assertEquals("ran", step.get("status").getAsString(), step.toString());
        assertEquals("asset-tag", step.get("screen").getAsString());
    }

    private static JsonObject step(String json, String name) {
        String body = json.substring(json.indexOf('{'));
        for (JsonElement step : JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("steps")) {
            if (name.equals(step.getAsJsonObject().get("name").getAsString())) {
                return step.getAsJsonObject();
            }
        }
        throw new AssertionError("no step '" + name + "' in " + json);
    }
}
