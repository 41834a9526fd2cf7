package org.flowpilot.engine;

/** Why {@link Run#runToEnd()} or {@link Run#runToBreakpoint()} returned. */
public enum StopReason {
    /** The run has ended. */
    FINISHED,
    /** The next step carries a breakpoint. */
    BREAKPOINT,
    /** {@link Run#pause()} was called. */
    PAUSED
}
