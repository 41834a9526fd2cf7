package org.flowpilot.example.extension.tests;

import static org.flowpilot.example.extension.tests.ExampleExtension.LAPTOP;
import static org.flowpilot.example.extension.tests.ExampleExtension.RULE_ID;
import static org.flowpilot.example.extension.tests.ExampleExtension.SCREEN_ID;
import static org.flowpilot.example.extension.tests.ExampleExtension.SYMBOLIC_NAME;
import static org.flowpilot.example.extension.tests.ExampleExtension.TYPE_ID;
import static org.flowpilot.example.extension.tests.ExampleExtension.VIRTUAL_MACHINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.flowpilot.cli.FlowpilotCommand;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.edit.labels.AutopilotLabels;
import org.flowpilot.model.edit.steps.ContributedStepKind;
import org.flowpilot.model.edit.labels.StepKindCatalogues;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.preview.ScreenPreviews;
import org.flowpilot.preview.spi.PreviewContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The example extension installed and started while Flowpilot runs, used end to end (palette entry, engine run,
 * preview, validation problem, listener output, the command line), then stopped: gone from each. Started again:
 * back in each, without a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstalledAtRuntimeTest {

    private static Bundle bundle;

    @TempDir
    static Path traces;

    @BeforeAll
    static void install() throws Exception {
        System.setProperty("flowpilot.traces", traces.toString());
        bundle = ExampleExtension.installAndStart();
    }

    @AfterAll
    static void uninstall() throws Exception {
        System.clearProperty("flowpilot.traces");
        if (bundle != null) {
            bundle.uninstall();
        }
    }

    private static Run run(AutopilotModel model, String scenarioName) {
        Scenario scenario = ExampleExtension.scenario(model, scenarioName);
        FlowEngine engine = FlowEngine.withInstalledExtensions();
        return engine.simulate(engine.prepare(scenario.getFlow()), Scenarios.of(scenario));
    }

    private static StepRecord escrowRecord(Run run) {
        return run.trace().stream().filter(r -> r.kind() == StepKind.CUSTOM).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void thePaletteListsTheStepKindFromItsDeclaration() throws IOException {
        ContributedStepKind kind = StepKindCatalogues.installed().find(TYPE_ID).orElseThrow();
        assertEquals("BitLocker recovery key escrow", kind.name());
        assertEquals("Security", kind.category());
        assertTrue(kind.contributor().startsWith("bundle " + SYMBOLIC_NAME + " 0.1.0"), kind.contributor());
        assertNotNull(kind.icon());
        try (var in = kind.icon().openStream()) {
            byte[] png = in.readNBytes(8);
            assertEquals((byte) 0x89, png[0]);
            assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        }
        CustomStep step = ExampleExtension.escrowStep(ExampleExtension.loadModel());
        assertEquals("Save the BitLocker recovery key — BitLocker recovery key escrow", AutopilotLabels.labelOf(step));
        assertEquals(kind.icon(), AutopilotItemProviders.iconOf(step), "the model tree draws the kind's icon");
    }

    @Test
    @Order(2)
    void theEngineRunsTheStepWithItsOwnTimingAndFailureModes() {
        AutopilotModel model = ExampleExtension.loadModel();
        Run laptop = run(model, LAPTOP);
        StepRecord saved = escrowRecord(laptop);
        assertEquals(StepStatus.RAN, saved.status());
        assertEquals(SCREEN_ID, saved.screenId());
        assertEquals(1, saved.clockMinutes() - laptop.trace().get(saved.step() - 2).clockMinutes(), "1 minute");
        assertEquals(RunOutcome.DESKTOP, laptop.state().outcome().orElseThrow());
        Run vm = run(model, VIRTUAL_MACHINE);
        StepRecord refused = escrowRecord(vm);
        assertEquals(StepStatus.FAILED, refused.status());
        assertTrue(refused.reason().contains("no TPM 2.0"), refused.reason());
        assertEquals(RunOutcome.DESKTOP, vm.state().outcome().orElseThrow(), "a BitLocker failure does not stop"
                + " Autopilot: the device reaches the desktop unencrypted");
    }

    @Test
    @Order(3)
    void thePreviewDrawsTheStepsOwnScreen() {
        Run laptop = run(ExampleExtension.loadModel(), LAPTOP);
        StepRecord saved = escrowRecord(laptop);
        String section = ScreenPreviews.standard().section(saved, PreviewContext.of(laptop, saved)).orElseThrow();
        assertEquals(SCREEN_ID, ExampleExtension.xpath(section, "//section/@data-screen"));
        assertEquals("Your device is protected", ExampleExtension.xpath(section, "//h1"));
        assertTrue(section.contains("Saved to Microsoft Entra ID"), section);
    }

    /** The example flow with the BitLocker step moved before Device setup: what BLK01 is about. */
    private static AutopilotModel withStepBeforeDeviceSetup() {
        AutopilotModel model = ExampleExtension.loadModel();
        Flow flow = model.getFlows().get(0);
        CustomStep escrow = ExampleExtension.escrowStep(model);
        Step deviceSetup = flow.getSteps().stream().filter(s -> s instanceof EspPhaseStep phase
                && phase.getPhase() == EspPhaseKind.DEVICE_SETUP).findFirst().orElseThrow();
        // Device preparation -> escrow -> Device setup, and Device setup straight on to what followed the escrow.
        Transition into = deviceSetup.getIncoming().get(0);
        Transition out = escrow.getOutgoing().get(0);
        Transition fromSetup = escrow.getIncoming().get(0);
        into.setTarget(escrow);
        out.setSource(deviceSetup);
        fromSetup.setSource(escrow);
        fromSetup.setTarget(deviceSetup);
        return model;
    }

    private static List<ModelProblem> problems(EObject root, String ruleId) {
        return ModelProblem.of(AutopilotValidator.validate(root)).stream().filter(p -> p.ruleId().equals(ruleId))
                .toList();
    }

    @Test
    @Order(4)
    void theValidationRuleReportsUnderItsOwnId() {
        assertEquals(List.of(), problems(ExampleExtension.loadModel(), RULE_ID), "the example model is clean");
        AutopilotModel moved = withStepBeforeDeviceSetup();
        List<ModelProblem> found = problems(moved, RULE_ID);
        assertEquals(1, found.size(), found.toString());
        assertEquals(ExampleExtension.escrowStep(moved), found.get(0).element());
        assertFalse(found.get(0).isError(), "a warning");
    }

    private static List<Path> traceFiles() throws IOException {
        try (Stream<Path> files = Files.list(traces)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    @Test
    @Order(5)
    void theListenerWritesEachRunAsJsonLines() throws IOException {
        int before = traceFiles().size();
        Run laptop = run(ExampleExtension.loadModel(), LAPTOP);
        List<Path> files = traceFiles();
        assertEquals(before + 1, files.size(), "one file per run");
        List<String> lines = Files.readAllLines(files.get(files.size() - 1));
        assertEquals(laptop.trace().size() + 2, lines.size(), "run-started, one line per step, run-finished");
        List<JsonObject> events = lines.stream().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
        assertEquals("run-started", events.get(0).get("event").getAsString());
        JsonObject escrow = events.stream().filter(e -> SCREEN_ID.equals(text(e.get("screen")))).findFirst()
                .orElseThrow();
        assertEquals("custom", escrow.get("kind").getAsString());
        assertEquals("ran", escrow.get("status").getAsString());
        JsonObject last = events.get(events.size() - 1);
        assertEquals("run-finished", last.get("event").getAsString());
        assertEquals("desktop", last.get("outcome").getAsString());
    }

    private static String text(JsonElement element) {
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    private static int command(StringWriter out, String... args) {
        return FlowpilotCommand.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    }

    @Test
    @Order(6)
    void theCommandLineInsideOsgiUsesTheExtension() {
        StringWriter out = new StringWriter();
        assertEquals(FlowpilotCommand.OK, command(out, "simulate", ExampleExtension.model().toString(), "--scenario",
                VIRTUAL_MACHINE, "--format", "json"));
        JsonArray steps = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("steps");
        JsonObject escrow = null;
        for (JsonElement step : steps) {
            if (SCREEN_ID.equals(text(step.getAsJsonObject().get("screen")))) {
                escrow = step.getAsJsonObject();
            }
        }
        assertNotNull(escrow, out.toString());
        assertEquals("failed", escrow.get("status").getAsString());
    }

    @Test
    @Order(7)
    void stoppedTheExtensionIsGoneFromEachAndStartedAgainItIsBack() throws Exception {
        AtomicInteger paletteChanges = new AtomicInteger();
        Runnable listener = paletteChanges::incrementAndGet;
        StepKindCatalogues.installed().addChangeListener(listener);
        bundle.stop();
        ExampleExtension.awaitContributions(false);
        ExampleExtension.await("the palette to hear that the kind went", () -> paletteChanges.get() >= 1);
        int files = traceFiles().size();
        AutopilotModel model = ExampleExtension.loadModel();

        assertTrue(StepKindCatalogues.installed().find(TYPE_ID).isEmpty(), "gone from the palette");
        CustomStep step = ExampleExtension.escrowStep(model);
        assertTrue(AutopilotLabels.labelOf(step).contains("unknown step kind '" + TYPE_ID + "'"),
                AutopilotLabels.labelOf(step));
        Run laptop = run(model, LAPTOP);
        StepRecord stopped = escrowRecord(laptop);
        assertEquals(StepStatus.FAILED, stopped.status(), "gone from the engine");
        assertTrue(stopped.reason().contains("'" + TYPE_ID + "', which no installed extension runs"),
                stopped.reason());
        assertEquals(RunOutcome.FAILED, laptop.state().outcome().orElseThrow(), "the run stops at the unknown step");
        StepRecord drawn = new StepRecord(1, StepKind.CUSTOM, "_escrow", null, "Save the BitLocker recovery key",
                null, SCREEN_ID, true, List.of(), null, null, StepStatus.RAN, "saved", 1, null, null, List.of(), null);
        String section = ScreenPreviews.standard().section(drawn, new PreviewContext(laptop.scenario(),
                List.of(drawn))).orElseThrow();
        assertEquals("Save the BitLocker recovery key", ExampleExtension.xpath(section, "//h1"),
                "gone from the preview: the plain page with the step's name");
        assertEquals(List.of(), problems(withStepBeforeDeviceSetup(), RULE_ID), "gone from validation");
        assertEquals(files, traceFiles().size(), "the listener is gone: no trace written");

        int changes = paletteChanges.get();
        bundle.start();
        ExampleExtension.awaitContributions(true);
        ExampleExtension.await("the palette to hear that the kind came back", () -> paletteChanges.get() > changes);
        StepKindCatalogues.installed().removeChangeListener(listener);
        assertEquals(StepStatus.RAN, escrowRecord(run(ExampleExtension.loadModel(), LAPTOP)).status());
        assertEquals(files + 1, traceFiles().size());
        Optional<URL> icon = StepKindCatalogues.installed().find(TYPE_ID).map(ContributedStepKind::icon);
        assertTrue(icon.isPresent());
    }
}
