package org.flowpilot.engine;

/**
 * Told about a run's progress. Every method does nothing by default; a listener that throws is recorded in
 * {@link Run#listenerFailures()} and never stops the run or the other listeners.
 */
public interface RunListener {

    /** The run has been created or restarted and is about to take its first step. */
    default void runStarted(Run run) {
    }

    /** The run took a step. */
    default void stepExecuted(Run run, StepRecord record) {
    }

    /** The run stepped back over {@code undone}. */
    default void steppedBack(Run run, StepRecord undone) {
    }

    /** The run stopped before a step that carries a breakpoint. */
    default void breakpointHit(Run run, RunState state) {
    }

    /** The run ended. */
    default void runFinished(Run run, RunOutcome outcome) {
    }
}
