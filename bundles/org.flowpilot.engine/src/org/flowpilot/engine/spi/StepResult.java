package org.flowpilot.engine.spi;

import java.util.List;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepStatus;

/**
 * What a custom step did.
 *
 * @param screen the screen id the step shows, or null
 * @param shown whether the screen is on display
 * @param buttons the buttons it offers
 * @param status what happened to the step
 * @param reason why, in one sentence
 * @param minutes the simulated minutes the step takes (not negative)
 * @param endsRun where the run ends after this step, or null to follow the flow's transitions
 * @since 1.0
 */
public record StepResult(String screen, boolean shown, List<String> buttons, StepStatus status, String reason,
        int minutes, RunOutcome endsRun) {

    /** Checks the values and copies the button list. */
    public StepResult {
        buttons = List.copyOf(buttons);
        if (status == null || minutes < 0) {
            throw new IllegalArgumentException("A step result needs a status and minutes of at least 0");
        }
    }

    /** A step that ran without a screen, taking {@code minutes}. */
    public static StepResult ran(String reason, int minutes) {
        return new StepResult(null, false, List.of(), StepStatus.RAN, reason, minutes, null);
    }
}
