package org.flowpilot.engine;

import java.util.Optional;

import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcome;

/**
 * The state of a run between two steps; immutable, so an earlier state can be kept and compared.
 *
 * @since 1.0
 */
public interface RunState {

    /** How many steps the run has taken. */
    int stepCount();

    /** The flow step the run takes next, or null when the run has ended or the next step is one the engine adds. */
    Step nextStep();

    /**
     * The element id of the step the run takes next ({@link ElementIds#of} of the flow step, or
     * {@link StepKind#engineElementId()} for a step the engine adds), or null when the run has ended.
     */
    String nextElementId();

    /** The simulated clock, in minutes since power on. */
    int clockMinutes();

    /** Whether the device is connected to the Internet. */
    boolean online();

    /** Whether the device has downloaded its Autopilot profile (so the profile's hidden screens stay hidden). */
    boolean profileDownloaded();

    /** The minutes the Enrollment Status Page has spent installing so far, counted against its timeout. */
    int espMinutes();

    /** The outcome of the last step that has one (ESP phases), or null. */
    StepOutcome lastStepOutcome();

    /** Where the run ended, or empty while it goes on. */
    Optional<RunOutcome> outcome();

    /** The error code of a failure, or null. */
    String errorCode();

    /** Why the run failed or stopped, in one sentence, or null while all goes well. */
    String diagnostic();
}
