package org.flowpilot.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.StepExecutor;

/**
 * The Declarative Services component (OSGI-INF/org.flowpilot.engine.extensions.xml) that gathers contributed step
 * executors, guard conditions and run listeners as they come and go. Each change replaces an immutable
 * {@link #snapshot()}, which the engine takes when it prepares a flow or starts a run.
 */
public final class ServiceExtensions implements Extensions {

    // Written by the component instance SCR creates, read by engines made with new: the bridge between the two.
    private static volatile ServiceExtensions active;

    private volatile Extensions current = Extensions.none();

    /** The component active now, or null outside OSGi or before SCR started it. */
    public static ServiceExtensions active() {
        return active;
    }

    /** Called by SCR when the component starts. */
    public void activate() {
        active = this;
    }

    /** Called by SCR when the component stops. */
    public void deactivate() {
        if (active == this) {
            active = null;
        }
    }

    /** Binds a contributed step executor. */
    public void addStepExecutor(StepExecutor executor) {
        change(executors -> plus(executors, executor), UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** Unbinds a step executor. */
    public void removeStepExecutor(StepExecutor executor) {
        change(executors -> minus(executors, executor), UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** Binds a contributed guard condition. */
    public void addGuardCondition(GuardCondition condition) {
        change(UnaryOperator.identity(), guards -> plus(guards, condition), UnaryOperator.identity());
    }

    /** Unbinds a guard condition. */
    public void removeGuardCondition(GuardCondition condition) {
        change(UnaryOperator.identity(), guards -> minus(guards, condition), UnaryOperator.identity());
    }

    /** Binds a contributed run listener. */
    public void addRunListener(RunListener listener) {
        change(UnaryOperator.identity(), UnaryOperator.identity(), listeners -> plus(listeners, listener));
    }

    /** Unbinds a run listener. */
    public void removeRunListener(RunListener listener) {
        change(UnaryOperator.identity(), UnaryOperator.identity(), listeners -> minus(listeners, listener));
    }

    private synchronized void change(UnaryOperator<List<StepExecutor>> executors,
            UnaryOperator<List<GuardCondition>> guards, UnaryOperator<List<RunListener>> listeners) {
        Extensions before = current;
        current = Extensions.of(executors.apply(before.stepExecutors()), guards.apply(before.guardConditions()),
                listeners.apply(before.runListeners()));
    }

    private static <T> List<T> plus(List<T> list, T added) {
        List<T> changed = new ArrayList<>(list);
        changed.add(added);
        return changed;
    }

    private static <T> List<T> minus(List<T> list, T removed) {
        List<T> changed = new ArrayList<>(list);
        changed.remove(removed);
        return changed;
    }

    @Override
    public List<StepExecutor> stepExecutors() {
        return current.stepExecutors();
    }

    @Override
    public List<GuardCondition> guardConditions() {
        return current.guardConditions();
    }

    @Override
    public List<RunListener> runListeners() {
        return current.runListeners();
    }

    @Override
    public Extensions snapshot() {
        return current;
    }
}
