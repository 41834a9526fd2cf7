package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.internal.browser.BrowserScripts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scripts posted to a browser run, in order, and the UI thread does not wait for them. */
class BrowserScriptsTest {

	private final SwtDriver driver = SwtDriver.forWorkbench();
	private Shell shell;
	private Browser browser;

	@BeforeEach
	void openABrowser() {
		driver.runOnUi(() -> {
			shell = new Shell(driver.display());
			shell.setLayout(new FillLayout());
			browser = new Browser(shell, SWT.NONE);
			browser.setText("<html><body><p>posted scripts</p></body></html>");
			shell.setSize(320, 200);
			shell.open();
		});
		// The paragraph, not only the ready state: the blank page before it is complete too, and what a test posts
		// there is gone when the page is replaced.
		driver.waitUntil("the page to load", () -> driver.onUi(() -> Boolean.TRUE.equals(browser.evaluate(
				"return document.readyState === 'complete' && document.querySelector('p') !== null"))));
	}

	@AfterEach
	void closeIt() {
		driver.runOnUi(() -> shell.dispose());
	}

	@Test
	void thisSwtHasThePathThatDoesNotWait() {
		// Should an SWT update drop it, posting falls back to waiting: this says so before the harness does.
		assertTrue(BrowserScripts.postsWithoutWaiting());
	}

	@Test
	void postedScriptsRunInTheOrderPosted() {
		driver.runOnUi(() -> {
			BrowserScripts.post(browser, "window.posted = [];");
			for (int i = 0; i < 40; i++) {
				BrowserScripts.post(browser, "window.posted.push(" + i + ");");
			}
		});
		String expected = String.join(",", IntStream.range(0, 40).mapToObj(Integer::toString)
				.toList());
		driver.waitUntil("the 40 scripts to run", () -> driver.onUi(() -> "40".equals(String.valueOf(browser
				.evaluate("return String(window.posted ? window.posted.length : 0)")))));
		assertEquals(expected, driver.onUi(() -> browser.evaluate("return window.posted.join(',')")));
	}

	@Test
	void postingReturnsBeforeTheScriptRuns() {
		AtomicBoolean ran = new AtomicBoolean();
		boolean ranBeforePostReturned = driver.onUi(() -> {
			new BrowserFunction(browser, "flowpilotPostedScriptRan") {
				@Override
				public Object function(Object[] arguments) {
					ran.set(true);
					return null;
				}
			};
			// A waiting call runs GTK's main loop until the script is done, and with it the callback; a posted
			// script can call back only once this task is over and the UI thread is back in its event loop.
			BrowserScripts.post(browser, "flowpilotPostedScriptRan();");
			return ran.get();
		});
		assertFalse(ranBeforePostReturned);
		driver.waitUntil("the posted script to call back", ran::get);
	}
}
