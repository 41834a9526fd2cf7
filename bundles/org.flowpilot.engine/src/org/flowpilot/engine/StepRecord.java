package org.flowpilot.engine;

import java.util.List;

import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;

/**
 * What one step of a run did and what the person in front of the device saw.
 *
 * @param step the 1-based position of the step in the trace
 * @param kind the kind of step
 * @param elementId the stable id of the step ({@link ElementIds#of} of the model step, or
 *            {@link StepKind#engineElementId()} for a step the engine adds): what a diagram highlights and a
 *            breakpoint is keyed by
 * @param modelStep the flow step this record is about, or null for a step the engine adds
 * @param name the step's name
 * @param screen the screen of the step, or null when it has none or an extension's step shows its own (see
 *            {@code screenId})
 * @param screenId the id of the screen: {@code screen.id()}, an extension's own screen id, or null without a screen
 * @param shown whether the screen was on display
 * @param buttons the buttons and controls on display, in Windows 10 or 11 wording
 * @param username the user name shown on the screen (pre-filled sign-in, on-premises account), or null
 * @param espPhase the Enrollment Status Page phase the step is, or null
 * @param status what happened to the step
 * @param reason why the step ran, was skipped or failed, traced to the Autopilot documentation
 * @param clockMinutes the simulated clock when the step ended, in minutes since power on
 * @param message the message on the screen (an error page's text), or null
 * @param errorCode the error code the step ended with, or null
 * @param items the items an ESP phase tracked, in order (empty for other steps)
 * @param transition the model transition the run took from this step to the next, or null when the run ended here
 *            or the engine chose the next step itself (a failure page, Retry, Reset)
 * @since 1.0
 */
public record StepRecord(int step, StepKind kind, String elementId, Step modelStep, String name, Screen screen,
        String screenId, boolean shown, List<String> buttons, String username, EspPhaseId espPhase, StepStatus status,
        String reason, int clockMinutes, String message, String errorCode, List<TrackedItemRecord> items,
        Transition transition) {

    /** Checks that the screen and its id agree and copies the lists, so that the record stays immutable. */
    public StepRecord {
        if (screen != null && !screen.id().equals(screenId)) {
            throw new IllegalArgumentException("Screen " + screen + " has the id " + screen.id() + ", not " + screenId);
        }
        buttons = List.copyOf(buttons);
        items = List.copyOf(items);
    }
}
