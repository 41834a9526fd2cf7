package org.flowpilot.diagram;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * How diagram code reaches the EMF model, which is not thread-safe: every read and every command of the diagram server
 * goes through one of these. In the workbench it runs on the UI thread, where the tree and Properties view work;
 * standalone, one lock serializes the browser sessions.
 */
@FunctionalInterface
public interface ModelAccess {

    /** Runs {@code work} where the model may be read and changed, and returns its result. */
    <T> T call(Supplier<T> work);

    /** Runs {@code work} where the model may be read and changed. */
    default void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Access serialized by one lock, for a model no UI thread owns. */
    static ModelAccess serialized() {
        ReentrantLock lock = new ReentrantLock();
        return new ModelAccess() {
            @Override
            public <T> T call(Supplier<T> work) {
                lock.lock();
                try {
                    return work.get();
                } finally {
                    lock.unlock();
                }
            }
        };
    }
}
