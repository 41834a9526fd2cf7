package org.flowpilot.testing;

import java.time.Duration;

/**
 * Thrown when something a test waits for (a widget, a condition) does not happen in time. It is an
 * {@link AssertionError} so that the test fails rather than errors.
 */
public class WaitTimeoutException extends AssertionError {

	private static final long serialVersionUID = 1L;

	public WaitTimeoutException(String what, Duration timeout) {
		super("Timed out after " + timeout.toMillis() + " ms waiting for " + what);
	}
}
