package org.flowpilot.engine;

import java.util.List;

import org.flowpilot.model.Step;

/**
 * What one step of a run did and what the person in front of the device saw.
 *
 * @param step the 1-based position of the step in the trace
 * @param modelStep the flow step this record is about, or null for a screen the engine adds on a failure
 * @param name the step's name
 * @param kind the kind of step, such as {@code screen}, {@code sign-in} or {@code esp-phase}
 * @param screen the screen id (for example {@code entra-sign-in}), or null when the step has no screen
 * @param shown whether the screen was on display
 * @param buttons the buttons and controls the screen offers, in Windows 10 or 11 wording
 * @param username the user name shown on the screen (pre-filled sign-in, on-premises account), or null
 * @param espPhase {@code device-preparation}, {@code device-setup}, {@code account-setup} or null
 * @param status what happened to the step
 * @param reason why the step ran, was skipped or failed, traced to the Autopilot documentation
 * @param clockMinutes the simulated clock when the step ended, in minutes since power on
 * @param message the message on the screen (an error page's text), or null
 * @param errorCode the error code the step ended with, or null
 * @param items the items an ESP phase tracked, in order (empty for other steps)
 */
public record StepRecord(int step, Step modelStep, String name, String kind, String screen, boolean shown,
        List<String> buttons, String username, String espPhase, StepStatus status, String reason, int clockMinutes,
        String message, String errorCode, List<TrackedItemRecord> items) {

    /** Copies the lists so that the record stays immutable. */
    public StepRecord {
        buttons = List.copyOf(buttons);
        items = List.copyOf(items);
    }
}
