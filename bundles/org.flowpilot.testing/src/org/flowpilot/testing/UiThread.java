package org.flowpilot.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;

/**
 * Runs code on the SWT UI thread from a test thread and hands back its result or its failure unchanged.
 */
public final class UiThread {

	private UiThread() {
	}

	/**
	 * Calls {@code callable} on the UI thread of {@code display} and waits for its result.
	 *
	 * @throws RuntimeException or {@link AssertionError} as thrown by the callable; checked exceptions are wrapped
	 */
	public static <T> T call(Display display, Callable<T> callable) {
		if (display.getThread() == Thread.currentThread()) {
			return callDirectly(callable);
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(callable.call());
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		Throwable thrown = failure.get();
		if (thrown instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (thrown instanceof Error error) {
			throw error;
		}
		if (thrown != null) {
			throw new IllegalStateException(thrown.getMessage(), thrown);
		}
		return result.get();
	}

	/** Runs {@code runnable} on the UI thread of {@code display} and waits until it is done. */
	public static void run(Display display, Runnable runnable) {
		call(display, () -> {
			runnable.run();
			return null;
		});
	}

	private static <T> T callDirectly(Callable<T> callable) {
		try {
			return callable.call();
		} catch (RuntimeException | Error e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}
}
