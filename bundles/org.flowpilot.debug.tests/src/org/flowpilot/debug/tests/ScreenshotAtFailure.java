package org.flowpilot.debug.tests;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.testing.Screenshots;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Saves {@code FAILED-<class>.<method>.png} the moment a test fails, before its {@code @AfterEach} closes the
 * session and the perspective, so the picture shows what the test saw.
 */
public final class ScreenshotAtFailure implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display != null && !display.isDisposed()) {
			try {
				Path file = Screenshots.capture(display, "FAILED-" + context.getRequiredTestClass().getSimpleName()
						+ context.getTestMethod().map(method -> "." + method.getName()).orElse(""));
				System.err.println("Screenshot of the failure: " + file.toAbsolutePath());
			} catch (RuntimeException e) {
				failure.addSuppressed(e);
			}
		}
		throw failure;
	}
}
