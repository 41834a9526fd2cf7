package org.flowpilot.engine;

import java.util.List;

/**
 * Told about a run's progress, on the thread that moves the run ({@link Run#terminate()} may be that of another).
 * Every method does nothing by default; a listener that throws is recorded in {@link Run#listenerFailures()} and
 * never stops the run or the other listeners.
 *
 * @since 1.0
 */
public interface RunListener {

    /**
     * The run has been created (for the listeners given to
     * {@link org.flowpilot.engine.runtime.FlowEngine#start(PreparedFlow, RunScenario, List)}) or restarted, and is
     * about to take its first step.
     */
    default void runStarted(Run run) {
    }

    /** The run took a step. */
    default void stepExecuted(Run run, StepRecord record) {
    }

    /** The run went back over {@code undone}, oldest first: one step ({@link Run#stepBack()}) or many. */
    default void steppedBack(Run run, List<StepRecord> undone) {
    }

    /** The run stopped taking steps and waits: after {@link Run#step()}, or where a run to the end or a breakpoint stopped. */
    default void suspended(Run run, SuspendReason reason) {
    }

    /** The run ended (also when terminated: {@link RunOutcome#TERMINATED}). */
    default void runFinished(Run run, RunOutcome outcome) {
    }
}
