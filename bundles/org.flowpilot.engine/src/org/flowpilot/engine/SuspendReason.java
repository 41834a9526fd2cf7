package org.flowpilot.engine;

/**
 * Why a run stopped taking steps and waits for the next command: what a debugger shows when it suspends.
 *
 * @since 1.0
 */
public enum SuspendReason implements CommandLineId {
    /** {@link Run#step()} took its one step. */
    STEP_END("step-end"),
    /** The next step carries an enabled breakpoint ({@link Run#runToBreakpoint()}). */
    BREAKPOINT("breakpoint"),
    /** {@link Run#pause()} was called, before or during the run to the end or to a breakpoint. */
    PAUSE_REQUEST("pause-request"),
    /** The step just taken failed or timed out (see {@link Run#setSuspendOnFailure(boolean)}). */
    FAILURE("failure"),
    /** The run has ended, or was terminated. */
    END("end");

    private final String id;

    SuspendReason(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
