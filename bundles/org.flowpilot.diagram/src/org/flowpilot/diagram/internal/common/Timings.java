package org.flowpilot.diagram.internal.common;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * What the diagram server reports of its own times with {@code -Dflowpilot.diagram.timings=true}, on the error stream,
 * for the diagram benchmark: ELK runs, the graph built after a change, the operation that changed it and the graph's
 * JSON.
 */
public final class Timings {

    /** Whether times are reported. */
    public static final boolean ON = Boolean.getBoolean("flowpilot.diagram.timings");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Timings() {
    }

    /** Reports {@code what}, formatted with {@code args}, when times are reported. */
    public static void report(String what, Object... args) {
        if (ON) {
            System.err.println("flowpilot diagram timing: " + String.format(Locale.ROOT, what, args));
        }
    }

    /**
     * The CPU time of the current thread in nanoseconds when times are reported (which a loaded machine stretches
     * less than the time on the clock), else 0.
     */
    public static long cpu() {
        return ON ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Milliseconds since {@code startNanos}. */
    public static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
