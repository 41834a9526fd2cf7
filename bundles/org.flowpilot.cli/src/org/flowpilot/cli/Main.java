package org.flowpilot.cli;

import java.io.PrintWriter;

/** Runs {@code flowpilot} on a flat class path of bundle jars, without OSGi. */
public final class Main {

    private Main() {
    }

    /** Runs the command in {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(FlowpilotCommand.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
