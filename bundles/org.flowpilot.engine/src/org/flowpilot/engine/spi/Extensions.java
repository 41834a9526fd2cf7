package org.flowpilot.engine.spi;

import java.util.List;
import java.util.ServiceLoader;


/**
 * The step executors and guard conditions contributed by extensions. In OSGi the engine bundle offers an instance as
 * a service, fed by Declarative Services; outside OSGi use {@link #fromServiceLoader(ClassLoader)}.
 */
public interface Extensions {

    /** The contributed step executors. */
    List<StepExecutor> stepExecutors();

    /** The contributed guard conditions. */
    List<GuardCondition> guardConditions();

    /** No extensions. */
    static Extensions none() {
        return of(List.of(), List.of());
    }

    /** A fixed set of extensions. */
    static Extensions of(List<StepExecutor> stepExecutors, List<GuardCondition> guardConditions) {
        List<StepExecutor> executors = List.copyOf(stepExecutors);
        List<GuardCondition> conditions = List.copyOf(guardConditions);
        return new Extensions() {
            @Override
            public List<StepExecutor> stepExecutors() {
                return executors;
            }

            @Override
            public List<GuardCondition> guardConditions() {
                return conditions;
            }
        };
    }

    /** The extensions listed in {@code META-INF/services} files visible to {@code loader}. */
    static Extensions fromServiceLoader(ClassLoader loader) {
        return of(ServiceLoader.load(StepExecutor.class, loader).stream().map(ServiceLoader.Provider::get).toList(),
                ServiceLoader.load(GuardCondition.class, loader).stream().map(ServiceLoader.Provider::get).toList());
    }
}
