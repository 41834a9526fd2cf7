package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.Highlight;
import org.flowpilot.diagram.ModelFiles;
import org.flowpilot.diagram.internal.simulation.BrowserSimulation;
import org.flowpilot.diagram.internal.simulation.SimulationCommand;
import org.flowpilot.diagram.internal.simulation.SimulationSnapshot;
import org.flowpilot.diagram.internal.simulation.Simulations;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.Step;
import org.flowpilot.preview.ScreenPreviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run behind the simulation panel of {@code flowpilot serve}, on the example: Adele's scenario on the
 * pre-provisioned user flow, moved as the panel's buttons move it, and what the diagrams and the preview get.
 */
class BrowserSimulationTest {

    @TempDir
    Path folder;

    private DiagramModel model;
    private BrowserSimulation simulation;
    private String userFlow;
    private String adele;

    @BeforeEach
    void open() throws IOException {
        model = ModelFiles.open(Example.copyTo(folder), "contoso");
        Simulations simulations = new Simulations(FlowEngine.withInstalledExtensions(), ScreenPreviews.standard());
        simulations.allow(model);
        simulation = simulations.of("contoso").orElseThrow();
        Scenario scenario = model.model().getScenarios().stream()
                .filter(s -> "Adele signs in to her laptop".equals(s.getName())).findFirst().orElseThrow();
        adele = model.idOf(scenario);
        userFlow = model.idOf(scenario.getFlow());
        assertTrue(simulations.of("other").isEmpty(), "only the models allowed");
    }

    private String stepId(String name) {
        Flow flow = (Flow) model.element(userFlow);
        Step step = flow.getSteps().stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow();
        return model.idOf(step);
    }

    @Test
    void steppingMovesTheHighlightsAndThePreviewFollowsTheScreens() {
        SimulationSnapshot started = simulation.start(userFlow, adele);
        assertEquals(0, started.steps());
        assertNull(started.current());
        assertEquals("Power on", started.nextStep());
        assertTrue(model.highlightsOf(stepId("Power on")).isEmpty(), "nothing taken yet");

        simulation.perform(SimulationCommand.STEP);
        SimulationSnapshot second = simulation.perform(SimulationCommand.STEP);
        assertEquals(2, second.steps());
        assertEquals(stepId("Network check"), second.currentElementId());
        assertEquals(Set.of(Highlight.CURRENT_STEP, Highlight.PATH_TAKEN), model.highlightsOf(stepId("Network check")));
        assertEquals(Set.of(Highlight.PATH_TAKEN), model.highlightsOf(stepId("Power on")));
        assertNull(second.previewHtml(), "a network check shows no screen");
        assertTrue(second.previewMessage().startsWith("Not on screen: "), second.previewMessage());

        simulation.perform(SimulationCommand.STEP);
        SimulationSnapshot keyboard = simulation.perform(SimulationCommand.STEP);
        assertEquals(Screen.KEYBOARD, keyboard.current().screen());
        assertTrue(keyboard.previewHtml().contains("data-screen=\"keyboard\" data-windows=\"11\""),
                keyboard.previewHtml());

        SimulationSnapshot back = simulation.perform(SimulationCommand.STEP_BACK);
        assertEquals(3, back.steps());
        assertEquals(stepId("Language/Country/Region"), back.currentElementId());
        assertTrue(back.previewHtml().contains("data-screen=\"language-region\""));
        assertTrue(model.highlightsOf(stepId("Keyboard")).isEmpty(), "the step undone is off the path");
    }

    @Test
    void runGoesToTheEndAndRestartAndStopStartOver() {
        simulation.start(userFlow, adele);
        SimulationSnapshot end = simulation.perform(SimulationCommand.RUN);
        assertTrue(end.finished());
        assertEquals(RunOutcome.DESKTOP, end.outcome());
        assertEquals(Screen.DESKTOP, end.current().screen());
        assertEquals(Set.of(Highlight.SKIPPED), model.highlightsOf(stepId("License Terms")),
                "the profile hides License Terms");
        assertEquals(StepStatus.RAN, end.current().status());

        SimulationSnapshot restarted = simulation.perform(SimulationCommand.RESTART);
        assertEquals(0, restarted.steps());
        assertFalse(restarted.finished());
        assertEquals(userFlow, restarted.flowId());
        assertEquals(adele, restarted.scenarioId());
        assertTrue(model.highlightsOf(stepId("Desktop")).isEmpty());

        simulation.perform(SimulationCommand.STEP);
        assertFalse(model.highlightsOf(stepId("Power on")).isEmpty());
        SimulationSnapshot stopped = simulation.perform(SimulationCommand.STOP);
        assertFalse(stopped.running());
        assertTrue(model.highlightsOf(stepId("Power on")).isEmpty(), "a stopped run leaves the diagram plain");
        assertEquals(SimulationSnapshot.NONE, simulation.snapshot());
    }

    @Test
    void badIdsAndStepsWithoutARunAreOneLineErrors() {
        IllegalStateException noRun = assertThrows(IllegalStateException.class,
                () -> simulation.perform(SimulationCommand.STEP));
        assertTrue(noRun.getMessage().startsWith("No simulation runs"), noRun.getMessage());
        IllegalArgumentException noFlow = assertThrows(IllegalArgumentException.class,
                () -> simulation.start(adele, adele));
        assertEquals("The model contoso has no flow with the id " + adele, noFlow.getMessage());
        IllegalArgumentException noScenario = assertThrows(IllegalArgumentException.class,
                () -> simulation.start(userFlow, null));
        assertEquals("The model contoso has no scenario with the id null", noScenario.getMessage());
        assertEquals(SimulationSnapshot.NONE, simulation.snapshot(), "a refused start starts nothing");
    }
}
