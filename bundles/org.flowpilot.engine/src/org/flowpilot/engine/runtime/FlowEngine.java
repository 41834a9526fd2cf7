package org.flowpilot.engine.runtime;

import java.time.Duration;
import java.util.List;

import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.internal.CompiledFlow;
import org.flowpilot.engine.internal.ExtensionCalls;
import org.flowpilot.engine.internal.RunImpl;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.model.Flow;

/**
 * Runs modeled Autopilot flows. An engine holds only its extensions and step budget, so create as many as needed;
 * runs it starts are independent of each other. Works in and outside OSGi.
 */
public final class FlowEngine {

    /** The default number of steps after which a run that has not ended stops with a diagnostic. */
    public static final int DEFAULT_STEP_BUDGET = 10_000;

    /** The default time a contributed step executor or guard condition may take for one call. */
    public static final Duration DEFAULT_EXTENSION_TIMEOUT = Duration.ofSeconds(5);

    private final Extensions extensions;
    private final int stepBudget;
    private final ExtensionCalls calls;

    /** An engine without extensions. */
    public FlowEngine() {
        this(Extensions.none());
    }

    /** An engine using {@code extensions} for custom steps and guards. */
    public FlowEngine(Extensions extensions) {
        this(extensions, DEFAULT_STEP_BUDGET);
    }

    /** An engine using {@code extensions} whose runs stop after {@code stepBudget} steps. */
    public FlowEngine(Extensions extensions, int stepBudget) {
        this(extensions, stepBudget, DEFAULT_EXTENSION_TIMEOUT);
    }

    /**
     * An engine using {@code extensions} whose runs stop after {@code stepBudget} steps, and whose contributed
     * step executors and guard conditions may take {@code extensionTimeout} per call: one that throws or takes
     * longer ends the run with a failed step naming it and its bundle.
     */
    public FlowEngine(Extensions extensions, int stepBudget, Duration extensionTimeout) {
        if (stepBudget < 1) {
            throw new IllegalArgumentException("The step budget must be at least 1, not " + stepBudget);
        }
        this.extensions = extensions;
        this.stepBudget = stepBudget;
        this.calls = new ExtensionCalls(extensionTimeout);
    }

    /** An engine with the extensions {@link java.util.ServiceLoader} finds through this bundle's class loader. */
    public static FlowEngine withServiceLoader() {
        return new FlowEngine(Extensions.fromServiceLoader(FlowEngine.class.getClassLoader()));
    }

    /** Checks and indexes {@code flow} once for many runs; fails when the flow has no start step. */
    public PreparedFlow prepare(Flow flow) {
        return new CompiledFlow(flow, extensions, calls);
    }

    /** Starts a run of {@code flow} for {@code scenario}; nothing happens until the run is stepped. */
    public Run start(Flow flow, RunScenario scenario) {
        return start(prepare(flow), scenario);
    }

    /** Starts a run of a prepared flow for {@code scenario}. */
    public Run start(PreparedFlow flow, RunScenario scenario) {
        return start(flow, scenario, List.of());
    }

    /**
     * Starts a run of a prepared flow for {@code scenario} with {@code listeners}, which are told
     * {@link RunListener#runStarted(Run)} before this returns.
     */
    public Run start(PreparedFlow flow, RunScenario scenario, List<RunListener> listeners) {
        CompiledFlow compiled = flow instanceof CompiledFlow known ? known
                : new CompiledFlow(flow.flow(), extensions, calls);
        return new RunImpl(compiled, scenario, stepBudget, listeners);
    }

    /** Runs {@code flow} for {@code scenario} to its end and returns the finished run. */
    public Run simulate(PreparedFlow flow, RunScenario scenario) {
        Run run = start(flow, scenario);
        run.runToEnd();
        return run;
    }
}
