package org.flowpilot.testing;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension that saves a screenshot named {@code FAILED-<class>.<method>.png} when a test fails, so a red
 * build shows what was on the screen. Register with {@code @ExtendWith(ScreenshotOnFailure.class)}.
 */
public class ScreenshotOnFailure implements TestWatcher {

	private final Supplier<Display> display;

	/** Captures the display of the running workbench. */
	public ScreenshotOnFailure() {
		this(() -> PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null);
	}

	/** Captures the display the supplier returns; a {@code null} display means there is nothing to capture. */
	public ScreenshotOnFailure(Supplier<Display> display) {
		this.display = display;
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Display current = display.get();
		if (current == null || current.isDisposed()) {
			return;
		}
		String name = "FAILED-" + context.getRequiredTestClass().getSimpleName()
				+ context.getTestMethod().map(m -> "." + m.getName()).orElse("");
		// A failure while taking the picture must not hide the test's own failure.
		try {
			Path file = Screenshots.capture(current, name);
			System.err.println("Screenshot of the failure: " + file.toAbsolutePath());
		} catch (RuntimeException e) {
			cause.addSuppressed(e);
		}
	}
}
