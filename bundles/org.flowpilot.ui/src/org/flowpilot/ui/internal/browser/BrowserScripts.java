package org.flowpilot.ui.internal.browser;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.browser.Browser;

/**
 * Runs a script in an SWT {@link Browser} without waiting for it. On Linux, SWT's {@code Browser.execute} and
 * {@code evaluate} wait for the script's result by iterating GTK's main loop, where SWT's {@code asyncExec} queue
 * does not run: every call holds the UI thread for a round trip to WebKit's web process, however busy that is. SWT
 * has a fire-and-forget path for the same script (its {@code WebBrowser.nonBlockingExecute}, which its own
 * BrowserFunctions use), not public API; {@link #post} takes it where it is there and falls back to
 * {@code execute} elsewhere (another SWT, another browser engine), so a change in SWT costs speed, never the script.
 * Scripts posted to one browser run in the order posted.
 */
public final class BrowserScripts {

	private static final Field WEB_BROWSER;
	private static final Method NON_BLOCKING_EXECUTE;

	static {
		Field webBrowser = null;
		Method nonBlocking = null;
		try {
			webBrowser = Browser.class.getDeclaredField("webBrowser");
			webBrowser.setAccessible(true);
			nonBlocking = webBrowser.getType().getDeclaredMethod("nonBlockingExecute", String.class);
			nonBlocking.setAccessible(true);
		} catch (ReflectiveOperationException | RuntimeException e) {
			ILog.of(BrowserScripts.class).info("Browser scripts wait for the browser (no non-blocking path in this"
					+ " SWT: " + e + ")");
			webBrowser = null;
			nonBlocking = null;
		}
		WEB_BROWSER = webBrowser;
		NON_BLOCKING_EXECUTE = nonBlocking;
	}

	private BrowserScripts() {
	}

	/** Whether this SWT has the path that does not wait; {@link #post} waits for the browser where it has not. */
	public static boolean postsWithoutWaiting() {
		return NON_BLOCKING_EXECUTE != null;
	}

	/** Runs {@code script} in {@code browser} without waiting for it to run; UI thread only. */
	public static void post(Browser browser, String script) {
		if (NON_BLOCKING_EXECUTE != null) {
			try {
				Object engine = WEB_BROWSER.get(browser);
				if (engine != null) {
					NON_BLOCKING_EXECUTE.invoke(engine, script);
					return;
				}
			} catch (IllegalAccessException e) {
				// Falls back to the waiting call below.
			} catch (InvocationTargetException e) {
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(e.getCause());
			}
		}
		browser.execute(script);
	}
}
