package org.flowpilot.testing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Real pointer input through the X server's XTEST extension, by way of {@code xdotool}. SWT's own
 * {@code Display.post} clicks reach ordinary widgets on GTK 3 but GTK menus ignore them, so the driver uses this
 * for every click: one input path for all widgets.
 */
public final class XdoPointer {

	private static final String XDOTOOL = "xdotool";
	private static final long TIMEOUT_SECONDS = 10;

	private XdoPointer() {
	}

	/** Moves the pointer to a point of the display; it may take a moment to get there. */
	public static void moveTo(int x, int y) {
		// Not "--sync": it waits for a motion event, and there is none when the pointer is already there.
		run(List.of(XDOTOOL, "mousemove", Integer.toString(x), Integer.toString(y)));
	}

	/** Presses and releases the left button where the pointer is, pausing before and in between. */
	public static void clickHere(long pauseMillis) {
		clickHere(pauseMillis, 1);
	}

	/** Presses and releases {@code button} (1 left, 3 right) where the pointer is, pausing before and in between. */
	public static void clickHere(long pauseMillis, int button) {
		String pause = String.format(Locale.ROOT, "%.3f", pauseMillis / 1000.0);
		String which = Integer.toString(button);
		run(List.of(XDOTOOL, "sleep", pause, "mousedown", which, "sleep", pause, "mouseup", which));
	}

	private static void run(List<String> command) {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new IllegalStateException("Cannot start " + XDOTOOL
					+ " for real pointer input; install the Debian package 'xdotool' (./run-tests does)", e);
		}
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS
						+ " s");
			}
			if (process.exitValue() != 0) {
				String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
				throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
						+ output);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while clicking", e);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read the output of " + XDOTOOL, e);
		}
	}
}
