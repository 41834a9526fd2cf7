package org.flowpilot.engine.internal;

/** Contributed code threw or did not answer in time; the message names it and says where it comes from. */
final class ExtensionFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ExtensionFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
