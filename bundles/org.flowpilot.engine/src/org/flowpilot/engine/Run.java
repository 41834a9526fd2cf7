package org.flowpilot.engine;

import java.util.List;
import java.util.Set;

import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;

/**
 * One run of a flow for a scenario. A run goes forward one step at a time, can step back to exactly the state it was
 * in before, and keeps the full trace of what the person saw. Runs are deterministic: the same flow and scenario give
 * the same trace. A run is not thread-safe, except {@link #pause()}, which may be called from any thread.
 */
public interface Run {

    /** The flow being run. */
    Flow flow();

    /** The scenario the flow runs for. */
    RunScenario scenario();

    /** The current state. */
    RunState state();

    /** Every step taken so far, oldest first. */
    List<StepRecord> trace();

    /** Whether the run has ended. */
    boolean isFinished();

    /** Takes the next step and returns its record, or null when the run has already ended. */
    StepRecord step();

    /** Undoes the last step, restoring the state before it; false when there is no step to undo. */
    boolean stepBack();

    /** Steps until the run ends or is paused. */
    StopReason runToEnd();

    /** Steps until the next step carries a breakpoint (after at least one step), the run ends or is paused. */
    StopReason runToBreakpoint();

    /** Asks {@link #runToEnd()} or {@link #runToBreakpoint()} to stop after the step in progress. */
    void pause();

    /** Goes back to the state before the first step and clears the trace. */
    void restart();

    /** Sets or clears a breakpoint on {@code step}. */
    void setBreakpoint(Step step, boolean enabled);

    /** The steps carrying a breakpoint. */
    Set<Step> breakpoints();

    /** Adds a listener told about this run from now on. */
    void addListener(RunListener listener);

    /** Removes a listener. */
    void removeListener(RunListener listener);

    /** The listeners that threw so far, in order. */
    List<ListenerFailure> listenerFailures();
}
