package org.flowpilot.engine.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.StepExecutor;

/**
 * The Declarative Services component (OSGI-INF/org.flowpilot.engine.extensions.xml) that gathers contributed step
 * executors and guard conditions as they come and go.
 */
public final class ServiceExtensions implements Extensions {

    private final List<StepExecutor> stepExecutors = new CopyOnWriteArrayList<>();
    private final List<GuardCondition> guardConditions = new CopyOnWriteArrayList<>();

    /** Binds a contributed step executor. */
    public void addStepExecutor(StepExecutor executor) {
        stepExecutors.add(executor);
    }

    /** Unbinds a step executor. */
    public void removeStepExecutor(StepExecutor executor) {
        stepExecutors.remove(executor);
    }

    /** Binds a contributed guard condition. */
    public void addGuardCondition(GuardCondition condition) {
        guardConditions.add(condition);
    }

    /** Unbinds a guard condition. */
    public void removeGuardCondition(GuardCondition condition) {
        guardConditions.remove(condition);
    }

    @Override
    public List<StepExecutor> stepExecutors() {
        return List.copyOf(stepExecutors);
    }

    @Override
    public List<GuardCondition> guardConditions() {
        return List.copyOf(guardConditions);
    }
}
