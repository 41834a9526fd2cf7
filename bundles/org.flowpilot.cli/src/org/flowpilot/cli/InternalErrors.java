package org.flowpilot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the command line says about an internal error: one line, and the stack trace in a file of its own. */
final class InternalErrors {

    private InternalErrors() {
    }

    /** The error's type and message, on one line. */
    static String summary(Throwable error) {
        String message = error.getMessage() == null ? "" : ": " + error.getMessage().lines().findFirst().orElse("");
        return error.getClass().getSimpleName() + message;
    }

    /**
     * Writes the stack trace to a new file in the temporary folder and says where, such as {@code the stack trace is
     * in /tmp/flowpilot-error-123.log}; a file that cannot be written is said too.
     */
    static String writeStackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        try {
            Path file = Files.createTempFile("flowpilot-error-", ".log");
            Files.writeString(file, trace.toString());
            return "the stack trace is in " + file;
        } catch (IOException | RuntimeException e) {
            return "the stack trace could not be written (" + summary(e) + ")";
        }
    }
}
