package org.flowpilot.diagram.internal.simulation;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepRecord;

/**
 * Where a browser simulation stands, as its panel shows it.
 *
 * @param flowId the id of the flow run, or null when no run is started
 * @param scenarioId the id of the scenario it runs for, or null
 * @param steps the steps taken
 * @param finished whether the run has ended
 * @param outcome how it ended, or null while it goes on
 * @param clockMinutes the simulated clock
 * @param diagnostic why the run failed or stopped, or null
 * @param current the last step taken, or null before the first
 * @param currentElementId the element id of the step the diagram shows as current, or null
 * @param nextStep the name of the flow step taken next, or null
 * @param previewHtml the current step's screen as a self-contained HTML document, or null when it showed none
 * @param previewMessage what stands in the preview's place when there is no screen, or null
 */
public record SimulationSnapshot(String flowId, String scenarioId, int steps, boolean finished, RunOutcome outcome,
        int clockMinutes, String diagnostic, StepRecord current, String currentElementId, String nextStep,
        String previewHtml, String previewMessage) {

    /** No run started. */
    public static final SimulationSnapshot NONE = new SimulationSnapshot(null, null, 0, false, null, 0, null, null,
            null, null, null, null);

    /** Whether a run is started. */
    public boolean running() {
        return flowId != null;
    }
}
