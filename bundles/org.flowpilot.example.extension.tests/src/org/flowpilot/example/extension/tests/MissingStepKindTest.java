package org.flowpilot.example.extension.tests;

import static org.flowpilot.example.extension.tests.ExampleExtension.LAPTOP;
import static org.flowpilot.example.extension.tests.ExampleExtension.TYPE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.edit.labels.AutopilotLabels;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that uses a step kind no installed extension provides: it opens, shows the step as unknown, simulates up
 * to it with a clear message, and saves without losing it.
 */
class MissingStepKindTest {

    @Test
    void aModelWithAnUnknownStepKindOpensSimulatesAndSavesIntact(@TempDir Path folder) throws IOException {
        assertNull(ExampleExtension.installed(), "run without the example extension");
        AutopilotModel model = ExampleExtension.loadModel();
        CustomStep step = ExampleExtension.escrowStep(model);

        assertEquals("Save the BitLocker recovery key — unknown step kind '" + TYPE_ID + "' (no installed extension"
                + " declares it)", AutopilotLabels.labelOf(step));
        assertTrue(AutopilotItemProviders.iconOf(step).toString().endsWith("full/obj16/UnknownStep.png"),
                AutopilotItemProviders.iconOf(step).toString());

        Scenario scenario = ExampleExtension.scenario(model, LAPTOP);
        FlowEngine engine = FlowEngine.withInstalledExtensions();
        Run run = engine.simulate(engine.prepare(scenario.getFlow()), Scenarios.of(scenario));
        StepRecord last = run.trace().get(run.trace().size() - 1);
        assertEquals(StepKind.CUSTOM, last.kind());
        assertEquals(ElementIds.of(step), last.elementId());
        assertEquals(StepStatus.FAILED, last.status());
        assertTrue(last.reason().startsWith("Step 'Save the BitLocker recovery key' is of the step kind '" + TYPE_ID
                + "', which no installed extension runs"), last.reason());
        assertTrue(run.trace().subList(0, run.trace().size() - 1).stream()
                .noneMatch(r -> r.status() == StepStatus.FAILED), "every step before it ran as usual");
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());

        Path copy = folder.resolve("copy.autopilot");
        AutopilotPersistence.save(model, URI.createFileURI(copy.toString()));
        AutopilotModel reread = AutopilotPersistence.load(URI.createFileURI(copy.toString()));
        CustomStep kept = ExampleExtension.escrowStep(reread);
        assertEquals(TYPE_ID, kept.getExtensionTypeId());
        assertEquals(ElementIds.of(step), ElementIds.of(kept), "the same element, not a new one");
        assertEquals(step.getIncoming().size(), kept.getIncoming().size());
        assertEquals(step.getOutgoing().size(), kept.getOutgoing().size());
        assertEquals(List.of(), diff(ExampleExtension.model(), copy));
    }

    // The lines that differ between the example file and its copy saved without the extension.
    private static List<String> diff(Path original, Path copy) throws IOException {
        List<String> before = Files.readAllLines(original);
        return Files.readAllLines(copy).stream().filter(line -> !before.contains(line)).toList();
    }
}
