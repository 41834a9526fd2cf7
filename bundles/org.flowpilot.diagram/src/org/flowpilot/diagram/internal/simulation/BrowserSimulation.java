package org.flowpilot.diagram.internal.simulation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.RunHighlights;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Scenario;
import org.flowpilot.preview.ScreenPreviews;
import org.flowpilot.preview.spi.PreviewContext;

/**
 * The run the browser pages of one model animate: a flow of the model run for one of its scenarios, as
 * {@code flowpilot simulate MODEL --flow F --scenario S} runs it, moved step by step on the server. The model's
 * diagrams show where it stands through {@link DiagramModel#setHighlights}. The engine reads the live model, so every
 * move happens inside the model's {@link org.flowpilot.diagram.ModelAccess}, as diagram edits do.
 */
public final class BrowserSimulation {

    private final DiagramModel model;
    private final FlowEngine engine;
    private final ScreenPreviews previews;
    private Run run;
    private String flowId;
    private String scenarioId;

    BrowserSimulation(DiagramModel model, FlowEngine engine, ScreenPreviews previews) {
        this.model = model;
        this.engine = engine;
        this.previews = previews;
    }

    /**
     * Starts the flow with {@code newFlowId} for the scenario with {@code newScenarioId}, replacing the run there was.
     *
     * @throws IllegalArgumentException naming the id that is not a flow or scenario of the model, or the flow that
     *         cannot run
     */
    public synchronized SimulationSnapshot start(String newFlowId, String newScenarioId) {
        return model.access().call(() -> {
            Flow flow = element(newFlowId, Flow.class, "flow");
            Scenario scenario = element(newScenarioId, Scenario.class, "scenario");
            run = engine.start(flow, Scenarios.of(scenario));
            flowId = newFlowId;
            scenarioId = newScenarioId;
            return showAndSnapshot();
        });
    }

    /**
     * Carries out {@code command} (anything but {@link SimulationCommand#START}) on the run.
     *
     * @throws IllegalStateException when no run is started
     */
    public synchronized SimulationSnapshot perform(SimulationCommand command) {
        if (command == SimulationCommand.STOP) {
            run = null;
            flowId = null;
            scenarioId = null;
            model.setHighlights(Map.of());
            return snapshot();
        }
        if (run == null) {
            throw new IllegalStateException("No simulation runs: choose a scenario and press Start");
        }
        return model.access().call(() -> {
            switch (command) {
                case STEP -> run.step();
                case STEP_BACK -> run.stepBack();
                case RUN -> run.runToEnd();
                case RESTART -> run = engine.start(element(flowId, Flow.class, "flow"),
                        Scenarios.of(element(scenarioId, Scenario.class, "scenario")));
                default -> throw new IllegalArgumentException("Not a command on a run: " + command.id());
            }
            return showAndSnapshot();
        });
    }

    /** Where the run stands, or an empty snapshot when none is started. */
    public synchronized SimulationSnapshot snapshot() {
        return run == null ? SimulationSnapshot.NONE : model.access().call(this::describe);
    }

    private SimulationSnapshot showAndSnapshot() {
        model.setHighlights(RunHighlights.of(run.trace()));
        return describe();
    }

    private SimulationSnapshot describe() {
        List<StepRecord> trace = run.trace();
        StepRecord current = trace.isEmpty() ? null : trace.get(trace.size() - 1);
        Optional<String> preview = current == null ? Optional.empty()
                : previews.document(current, new PreviewContext(run.scenario(), trace));
        String previewMessage = null;
        if (current == null) {
            previewMessage = run.state().nextStep() == null ? "The run has not started."
                    : "The run starts with '" + run.state().nextStep().getName() + "'.";
        } else if (preview.isEmpty()) {
            previewMessage = (current.shown() ? "No screen: " : "Not on screen: ")
                    + (current.reason() == null ? "" : current.reason());
        }
        return new SimulationSnapshot(flowId, scenarioId, trace.size(), run.isFinished(),
                run.state().outcome().orElse(null), run.state().clockMinutes(), run.state().diagnostic(), current,
                RunHighlights.currentStep(trace), run.state().nextStep() == null ? null
                        : run.state().nextStep().getName(), preview.orElse(null), previewMessage);
    }

    private <T extends EObject> T element(String id, Class<T> type, String what) {
        EObject element = model.element(id);
        if (!type.isInstance(element)) {
            throw new IllegalArgumentException("The model " + model.key() + " has no " + what + " with the id " + id);
        }
        return type.cast(element);
    }
}
