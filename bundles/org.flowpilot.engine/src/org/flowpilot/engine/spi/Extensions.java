package org.flowpilot.engine.spi;

import java.util.List;

import org.flowpilot.engine.RunListener;
import org.flowpilot.model.contribution.ServiceLoaders;

/**
 * The step executors, guard conditions and run listeners contributed by extensions. In OSGi the engine bundle keeps
 * a live set fed by Declarative Services (see {@code FlowEngine.withInstalledExtensions()}); outside OSGi use
 * {@link #fromServiceLoader(ClassLoader)}; tests and embedders use {@link #of(List, List, List)}.
 * <p>
 * A set may change while it is used (a bundle starts or stops); the engine takes a {@link #snapshot()} when it
 * prepares a flow and when it starts a run, so a run keeps the contributions it started with.
 *
 * @since 1.0
 */
public interface Extensions {

    /** The contributed step executors. */
    List<StepExecutor> stepExecutors();

    /** The contributed guard conditions. */
    List<GuardCondition> guardConditions();

    /**
     * The contributed run listeners, told about every run the engine starts, each call bounded in time.
     *
     * @since 1.0
     */
    default List<RunListener> runListeners() {
        return List.of();
    }

    /**
     * What is contributed now, as a set that no longer changes. Returns the same object as long as nothing changed,
     * so that a prepared flow can tell whether it is still current.
     *
     * @since 1.0
     */
    default Extensions snapshot() {
        return of(stepExecutors(), guardConditions(), runListeners());
    }

    /** No extensions. */
    static Extensions none() {
        return of(List.of(), List.of(), List.of());
    }

    /** A fixed set of step executors and guard conditions. */
    static Extensions of(List<StepExecutor> stepExecutors, List<GuardCondition> guardConditions) {
        return of(stepExecutors, guardConditions, List.of());
    }

    /**
     * A fixed set of extensions.
     *
     * @since 1.0
     */
    static Extensions of(List<StepExecutor> stepExecutors, List<GuardCondition> guardConditions,
            List<RunListener> runListeners) {
        List<StepExecutor> executors = List.copyOf(stepExecutors);
        List<GuardCondition> conditions = List.copyOf(guardConditions);
        List<RunListener> listeners = List.copyOf(runListeners);
        return new Extensions() {
            @Override
            public List<StepExecutor> stepExecutors() {
                return executors;
            }

            @Override
            public List<GuardCondition> guardConditions() {
                return conditions;
            }

            @Override
            public List<RunListener> runListeners() {
                return listeners;
            }

            @Override
            public Extensions snapshot() {
                return this;
            }
        };
    }

    /**
     * The extensions listed in {@code META-INF/services} files visible to {@code loader}: step executors, guard
     * conditions and run listeners. A provider that cannot be created is left out, saying so on standard error.
     */
    static Extensions fromServiceLoader(ClassLoader loader) {
        return of(ServiceLoaders.load(StepExecutor.class, loader), ServiceLoaders.load(GuardCondition.class, loader),
                ServiceLoaders.load(RunListener.class, loader));
    }
}
