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
import org.flowpilot.engine.internal.ServiceExtensions;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.model.Flow;
import org.flowpilot.model.contribution.Contributions;

/**
 * Runs modeled Autopilot flows. An engine holds only its extensions and step budget, so create as many as needed;
 * runs it starts are independent of each other. Works in and outside OSGi.
 * <p>
 * The extensions may change while the engine lives (see {@link #withInstalledExtensions()}): each prepared flow and
 * each run keeps the contributions it was prepared or started with, and a flow prepared before a change is prepared
 * again when a run of it starts.
 *
 * @since 1.0
 */
public final class FlowEngine {

    /** The default number of steps after which a run that has not ended stops with a diagnostic. */
    public static final int DEFAULT_STEP_BUDGET = 10_000;

    /** The default time a contributed step executor, guard condition or run listener may take for one call. */
    public static final Duration DEFAULT_EXTENSION_TIMEOUT = Duration.ofSeconds(5);

    private static volatile Extensions onClassPath;

    private final Extensions extensions;
    private final int stepBudget;
    private final ExtensionCalls calls;

    /** An engine without extensions. */
    public FlowEngine() {
        this(Extensions.none());
    }

    /** An engine using {@code extensions} for custom steps, guards and run listeners. */
    public FlowEngine(Extensions extensions) {
        this(extensions, DEFAULT_STEP_BUDGET);
    }

    /** An engine using {@code extensions} whose runs stop after {@code stepBudget} steps. */
    public FlowEngine(Extensions extensions, int stepBudget) {
        this(extensions, stepBudget, DEFAULT_EXTENSION_TIMEOUT);
    }

    /**
     * An engine using {@code extensions} whose runs stop after {@code stepBudget} steps, and whose contributed
     * step executors, guard conditions and run listeners may take {@code extensionTimeout} per call: an executor or
     * guard that throws or takes longer ends the run with a failed step naming it and its bundle; a listener that
     * does is recorded in {@link Run#listenerFailures()}.
     */
    public FlowEngine(Extensions extensions, int stepBudget, Duration extensionTimeout) {
        if (stepBudget < 1) {
            throw new IllegalArgumentException("The step budget must be at least 1, not " + stepBudget);
        }
        this.extensions = extensions;
        this.stepBudget = stepBudget;
        this.calls = new ExtensionCalls(extensionTimeout);
    }

    /**
     * An engine with the extensions installed in this runtime. Inside OSGi (the workbench, the command line's
     * Equinox application) these are the step executors, guard conditions and run listeners in the service registry
     * at the time each flow is prepared or run starts, so a bundle started or stopped while the engine lives is
     * picked up or dropped. Outside OSGi they are those {@code META-INF/services} files on the class path list.
     *
     * @since 1.0
     */
    public static FlowEngine withInstalledExtensions() {
        return new FlowEngine(installedExtensions());
    }

    /**
     * The extensions installed in this runtime, as {@link #withInstalledExtensions()} describes them: a live set in
     * OSGi, fixed outside.
     *
     * @since 1.0
     */
    public static Extensions installedExtensions() {
        if (Contributions.loadedByBundle(FlowEngine.class)) {
            return new Extensions() {
                // Asked each time, so an engine made before Declarative Services bound the component still sees it.
                private Extensions current() {
                    ServiceExtensions active = ServiceExtensions.active();
                    return active == null ? Extensions.none() : active.snapshot();
                }

                @Override
                public List<StepExecutor> stepExecutors() {
                    return current().stepExecutors();
                }

                @Override
                public List<GuardCondition> guardConditions() {
                    return current().guardConditions();
                }

                @Override
                public List<RunListener> runListeners() {
                    return current().runListeners();
                }

                @Override
                public Extensions snapshot() {
                    return current();
                }
            };
        }
        Extensions found = onClassPath;
        if (found == null) {
            // The class path does not change while the JVM runs: look once.
            found = Extensions.fromServiceLoader(FlowEngine.class.getClassLoader());
            onClassPath = found;
        }
        return found;
    }

    /**
     * An engine with the extensions installed in this runtime.
     *
     * @deprecated the name says less than it does: inside OSGi the extensions come from the service registry, not a
     *             {@link java.util.ServiceLoader}. Use {@link #withInstalledExtensions()}.
     */
    @Deprecated
    public static FlowEngine withServiceLoader() {
        return withInstalledExtensions();
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
     * {@link RunListener#runStarted(Run)} before this returns, followed by the extensions' run listeners. The run
     * keeps the extensions installed now until it ends.
     */
    public Run start(PreparedFlow flow, RunScenario scenario, List<RunListener> listeners) {
        Extensions now = extensions.snapshot();
        CompiledFlow compiled = flow instanceof CompiledFlow known && known.preparedWith(now, calls) ? known
                : new CompiledFlow(flow.flow(), now, calls);
        return new RunImpl(compiled, scenario, stepBudget, listeners);
    }

    /** Runs {@code flow} for {@code scenario} to its end and returns the finished run. */
    public Run simulate(PreparedFlow flow, RunScenario scenario) {
        Run run = start(flow, scenario);
        run.runToEnd();
        return run;
    }
}
