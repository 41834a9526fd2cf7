package org.flowpilot.interop.base;

import org.flowpilot.model.persistence.ModelFileException;

/**
 * Input that cannot be imported or a model that cannot be exported. The message is one line for the person at the
 * keyboard: it names the file, where in it (line and column, or row), what was expected and what was found.
 */
public class InteropException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception whose message is {@code message}, already naming the file and the place. */
    public InteropException(String message) {
        // What a file holds can reach the message (a value with a line break); the message stays one line.
        super(ModelFileException.oneLine(message));
    }
}
