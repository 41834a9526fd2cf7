package org.flowpilot.engine;

import java.util.List;

import org.flowpilot.model.Flow;

/**
 * One run of a flow for a scenario. A run goes forward one step at a time, can go back to exactly the state it was
 * in after any earlier step, and keeps the full trace of what the person saw. Runs are deterministic: the same flow
 * and scenario give the same trace.
 * <p>
 * A run is moved by one thread at a time. {@link #pause()}, {@link #terminate()}, the breakpoint methods and the
 * read methods may be called from any thread, for example a debugger's user interface while another thread runs to a
 * breakpoint; listeners are told on the thread that moves the run.
 *
 * @since 1.0
 */
public interface Run {

    /** The flow being run. */
    Flow flow();

    /** The scenario the flow runs for. */
    RunScenario scenario();

    /** The current state. */
    RunState state();

    /** An immutable snapshot of every step taken so far, oldest first; it does not change when the run goes on. */
    List<StepRecord> trace();

    /** Whether the run has ended or was terminated. */
    boolean isFinished();

    /**
     * Takes the next step and returns its record, or null when the run has already ended. Listeners are then told
     * the run is {@linkplain RunListener#suspended suspended}: {@link SuspendReason#END} when the step ended the run,
     * {@link SuspendReason#FAILURE} when it failed, else {@link SuspendReason#STEP_END}. A pending pause request is
     * satisfied by this suspension.
     */
    StepRecord step();

    /** Undoes the last step, restoring the state before it; false when there is no step to undo. */
    boolean stepBack();

    /**
     * Goes back, in one move, to the state after step {@code stepCount} of the trace (0: before the first step):
     * what a timeline does when an earlier step is selected. Listeners are told once, with every step undone.
     *
     * @return false when the run is already there (or terminated)
     * @throws IllegalArgumentException when {@code stepCount} is negative or beyond the steps taken
     */
    boolean backTo(int stepCount);

    /**
     * Steps until the run ends ({@link SuspendReason#END}) or a pause is requested
     * ({@link SuspendReason#PAUSE_REQUEST}); a pause requested before this call is honoured before the first step.
     */
    SuspendReason runToEnd();

    /**
     * Steps until the next step carries an enabled breakpoint (after at least one step:
     * {@link SuspendReason#BREAKPOINT}), a step fails ({@link SuspendReason#FAILURE}, unless
     * {@link #setSuspendOnFailure(boolean) turned off}), a pause is requested or the run ends.
     */
    SuspendReason runToBreakpoint();

    /**
     * Asks {@link #runToEnd()} or {@link #runToBreakpoint()} to stop after the step in progress; asked while neither
     * runs, the request is kept and honoured by the next one before its first step. Any thread may call it.
     */
    void pause();

    /**
     * Ends the run where it is, with the outcome {@link RunOutcome#TERMINATED}; a run to the end or to a breakpoint
     * in progress stops after its current step. No step, step back or restart follows. Any thread may call it.
     */
    void terminate();

    /** Goes back to the state before the first step, clears the trace and tells listeners the run started. */
    void restart();

    /** Whether {@link #runToBreakpoint()} stops after a step that failed or timed out (by default it does). */
    void setSuspendOnFailure(boolean suspend);

    /**
     * Sets a breakpoint on the step with {@code elementId} ({@link StepRecord#elementId()}, {@link ElementIds#of} of
     * a flow step, or {@link StepKind#engineElementId()} such as {@code engine:esp-error}), enabled or disabled.
     */
    void setBreakpoint(String elementId, boolean enabled);

    /** Removes the breakpoint on the step with {@code elementId}, if there is one. */
    void removeBreakpoint(String elementId);

    /** The breakpoints, in the order they were first set. */
    List<Breakpoint> breakpoints();

    /** Adds a listener told about this run from now on. */
    void addListener(RunListener listener);

    /** Removes a listener. */
    void removeListener(RunListener listener);

    /** The listeners that threw so far, in order. */
    List<ListenerFailure> listenerFailures();
}
