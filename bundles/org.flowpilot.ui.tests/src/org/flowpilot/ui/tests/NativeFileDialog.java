package org.flowpilot.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.flowpilot.testing.SwtDriver;

/**
 * Drives the GTK file chooser that an SWT FileDialog opens, as a person would: the button that opens it is clicked,
 * the path is typed (a leading slash opens GTK's location entry) and Enter chooses it. While the native dialog runs,
 * the SWT event loop is inside GTK, so everything here goes through xdotool rather than the UI thread.
 */
final class NativeFileDialog {

	// The first file chooser of a session takes a while to come up (GTK scans recent files and mounts).
	private static final long TIMEOUT_SECONDS = 40;

	private NativeFileDialog() {
	}

	/** Clicks {@code opener}, waits for the dialog titled {@code title} and chooses {@code file} in it. */
	static void choose(SwtDriver driver, Button opener, String title, Path file) {
		typeLocation(driver, opener, title, file);
		waitUntilGone(title);
	}

	/**
	 * Clicks {@code opener}, waits for the folder dialog (an SWT DirectoryDialog) titled {@code title} and chooses
	 * {@code folder} in it. In GTK's folder mode Enter on a typed folder opens that folder; a second Enter, on the
	 * now empty location, chooses the folder shown.
	 */
	static void chooseFolder(SwtDriver driver, Button opener, String title, Path folder) {
		typeLocation(driver, opener, title, folder);
		xdotool("sleep", "0.8");
		if (!run(List.of("xdotool", "search", "--onlyvisible", "--name", "^" + title + "$")).isBlank()) {
			xdotool("key", "Return");
		}
		waitUntilGone(title);
	}

	private static void typeLocation(SwtDriver driver, Button opener, String title, Path file) {
		Point center = driver.onUi(() -> {
			Point size = opener.getSize();
			return opener.toDisplay(size.x / 2, size.y / 2);
		});
		xdotool("mousemove", Integer.toString(center.x), Integer.toString(center.y));
		xdotool("sleep", "0.2", "click", "1");
		String window = xdotool("search", "--sync", "--onlyvisible", "--name", "^" + title + "$").lines()
				.findFirst().orElseThrow(() -> new AssertionError("no file dialog titled '" + title + "' appeared"));
		xdotool("windowfocus", "--sync", window);
		// GTK opens the location entry on the first slash; a pause lets it appear before the rest is typed.
		xdotool("type", "--delay", "40", "/");
		xdotool("sleep", "0.4", "type", "--delay", "25", file.toAbsolutePath().toString().substring(1));
		xdotool("sleep", "0.4", "key", "Return");
	}

	private static void waitUntilGone(String title) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			if (run(List.of("xdotool", "search", "--onlyvisible", "--name", "^" + title + "$")).isBlank()) {
				return;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("the file dialog '" + title + "' did not close after Enter");
	}

	static String xdotool(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(List.of(arguments));
		return run(command);
	}

	private static String run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
			}
			return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new AssertionError("cannot run " + command, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted running " + command, e);
		}
	}
}
