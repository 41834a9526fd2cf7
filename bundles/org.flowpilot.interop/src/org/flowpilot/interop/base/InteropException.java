package org.flowpilot.interop.base;

/**
 * Input that cannot be imported or a model that cannot be exported. The message is one line for the person at the
 * keyboard: it names the file, where in it (line and column, or row), what was expected and what was found.
 */
public class InteropException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception whose message is {@code message}, already naming the file and the place. */
    public InteropException(String message) {
        super(message);
    }
}
