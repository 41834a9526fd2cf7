package org.flowpilot.engine.internal;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.StepExecutor;

/**
 * Calls code that extensions contribute (step executors, guard conditions) so that it cannot take a run down: each
 * call runs on a daemon thread and is given a bounded time; what it throws, or its not answering in time, becomes an
 * {@link ExtensionFailure} naming the contribution and where it comes from (its bundle in OSGi, its jar outside).
 * A call that never returns keeps its daemon thread, which cannot be stopped safely; the run goes on without it.
 */
public final class ExtensionCalls {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration timeout;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "flowpilot-extension-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Calls that may take up to {@code timeout} each. */
    public ExtensionCalls(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The extension timeout must be positive, not " + timeout);
        }
        this.timeout = timeout;
    }

    /** The time a call may take. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * What {@code call} returns, {@code contribution} being the extension's object and {@code doing} what the call
     * does, in words ("executing step 'Asset tag'").
     *
     * @throws ExtensionFailure when the call throws or does not answer in time
     */
    <T> T call(Object contribution, String doing, Callable<T> call) {
        Future<T> future = executor.submit(call);
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            throw new ExtensionFailure(describe(contribution) + " failed while " + doing + ": "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                    cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ExtensionFailure(describe(contribution) + " did not answer within " + millis(timeout)
                    + " while " + doing + ".", null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtensionFailure("The run was interrupted while " + describe(contribution) + " was " + doing
                    + ".", e);
        }
    }

    private static String millis(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** The contribution's class and where it comes from: {@code com.fabrikam.AssetTag (bundle com.fabrikam 1.0.0)}. */
    static String describe(Object contribution) {
        Class<?> type = contribution.getClass();
        return "The " + role(contribution) + " " + type.getName() + " (" + origin(type) + ")";
    }

    private static String role(Object contribution) {
        if (contribution instanceof StepExecutor) {
            return "step executor";
        }
        return contribution instanceof GuardCondition ? "guard condition" : "extension";
    }

    /**
     * The bundle a class comes from, read through {@code org.osgi.framework.BundleReference} by reflection so that
     * the engine needs no OSGi outside it; else the jar or folder it was loaded from.
     */
    static String origin(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader != null) {
            Class<?> reference = bundleReference(loader.getClass());
            if (reference != null) {
                try {
                    Object bundle = reference.getMethod("getBundle").invoke(loader);
                    Class<?> bundleType = reference.getClassLoader().loadClass("org.osgi.framework.Bundle");
                    Method name = bundleType.getMethod("getSymbolicName");
                    Method version = bundleType.getMethod("getVersion");
                    return "bundle " + name.invoke(bundle) + " " + version.invoke(bundle);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // Not a bundle we can read: fall back to where the class was loaded from.
                }
            }
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "the class path";
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (Exception e) {
            return source.getLocation().toString();
        }
    }

    private static Class<?> bundleReference(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Class<?> implemented : current.getInterfaces()) {
                if (implemented.getName().equals("org.osgi.framework.BundleReference")) {
                    return implemented;
                }
            }
        }
        return null;
    }
}
