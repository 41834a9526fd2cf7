package org.flowpilot.model.contribution;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls code that extensions contribute so that it cannot take its host down: each call runs on a daemon thread and
 * is given a bounded time; what it throws, or its not answering in time, becomes a {@link ContributionFailure}
 * naming the contribution and where it comes from (its bundle in OSGi, its jar outside). A call that never returns
 * keeps its daemon thread, which cannot be stopped safely; the host goes on without it. Thread-safe.
 *
 * @since 1.0
 */
public final class ContributionCalls {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration timeout;
    private final ExecutorService executor;

    /** Calls that may take up to {@code timeout} each, on daemon threads named after {@code purpose}. */
    public ContributionCalls(Duration timeout, String purpose) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The time a contribution may take must be positive, not " + timeout);
        }
        this.timeout = timeout;
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "flowpilot-" + purpose + "-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The time a call may take. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * What {@code call} returns; {@code contribution} is the extension's object, {@code role} what it is to the
     * host ("step executor") and {@code doing} what the call does, in words ("executing step 'Asset tag'").
     *
     * @throws ContributionFailure when the call throws, does not answer in time or the caller is interrupted (its
     *                             interrupt flag is then set again)
     */
    public <T> T call(Object contribution, String role, String doing, Callable<T> call) {
        Future<T> future = executor.submit(call);
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            throw new ContributionFailure(ContributionFailure.Kind.THREW, contribution,
                    Contributions.describe(role, contribution) + " failed while " + doing + ": "
                            + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                    cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ContributionFailure(ContributionFailure.Kind.TIMED_OUT, contribution,
                    Contributions.describe(role, contribution) + " did not answer within " + text(timeout)
                            + " while " + doing + ".",
                    null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ContributionFailure(ContributionFailure.Kind.INTERRUPTED, contribution,
                    "Flowpilot was interrupted while " + Contributions.describe(role, contribution).substring(4)
                            + " was " + doing + ".",
                    e);
        }
    }

    /** A duration as a report says it: {@code 5 s}, {@code 250 ms}. */
    public static String text(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
