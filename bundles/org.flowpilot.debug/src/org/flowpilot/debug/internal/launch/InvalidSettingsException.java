package org.flowpilot.debug.internal.launch;

/** Launch settings that cannot run, with one line saying why (the file, setting or element at fault). */
public final class InvalidSettingsException extends Exception {

	private static final long serialVersionUID = 1L;

	public InvalidSettingsException(String message) {
		super(message);
	}
}
