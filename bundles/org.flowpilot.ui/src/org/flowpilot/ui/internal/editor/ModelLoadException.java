package org.flowpilot.ui.internal.editor;

/** A model file that cannot be read: the message names the file and, where the parser knows them, line and column. */
final class ModelLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;

	ModelLoadException(String message, int line, Throwable cause) {
		super(message, cause);
		this.line = line;
	}

	/** The line the problem is on, or 0 when unknown. */
	int line() {
		return line;
	}
}
