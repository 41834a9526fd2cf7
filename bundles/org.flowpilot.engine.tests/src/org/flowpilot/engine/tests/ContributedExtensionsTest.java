package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.flowpilot.engine.ListenerFailure;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.model.Flow;
import org.flowpilot.model.contribution.ContributionFailure;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Run listeners contributed by extensions (isolated and bounded in time), a run keeping the contributions it started
 * with, and the engine following the OSGi service registry as services come and go.
 */
class ContributedExtensionsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final Fixture fixture = new Fixture();

    /** Records the kind of every step it is told about. */
    static final class Recorder implements RunListener {
        final List<StepKind> kinds = Collections.synchronizedList(new ArrayList<>());
        final List<RunOutcome> finished = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void stepExecuted(Run run, StepRecord record) {
            kinds.add(record.kind());
        }

        @Override
        public void runFinished(Run run, RunOutcome outcome) {
            finished.add(outcome);
        }
    }

    private Run runWith(List<RunListener> listeners) {
        FlowEngine engine = new FlowEngine(Extensions.of(List.of(new AssetTagExecutor()), List.of(new NetworkGuard()),
                listeners), FlowEngine.DEFAULT_STEP_BUDGET, TIMEOUT);
        Run run = engine.start(ExtensionTest.flowWithAssetTag("wifi"), fixture.scenario().network(Network.WIFI).build());
        run.runToEnd();
        return run;
    }

    @Test
    void contributedListenersHearEveryRunTheEngineStarts() {
        Recorder recorder = new Recorder();
        Run run = runWith(List.of(recorder));
        assertEquals(run.trace().stream().map(StepRecord::kind).toList(), recorder.kinds);
        assertTrue(recorder.kinds.contains(StepKind.CUSTOM), "the extension's own step is told too");
        assertEquals(List.of(RunOutcome.DESKTOP), recorder.finished);
        assertEquals(List.of(), run.listenerFailures());
    }

    @Test
    void aThrowingContributedListenerIsReportedWithItsBundleAndKeepsBeingTold() {
        Recorder recorder = new Recorder();
        RunListener throwing = new RunListener() {
            @Override
            public void stepExecuted(Run run, StepRecord record) {
                throw new IllegalStateException("disk full");
            }
        };
        Run run = runWith(List.of(throwing, recorder));
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow(), "the run goes on");
        assertEquals(run.trace().size(), recorder.kinds.size(), "the other listener is told everything");
        assertEquals(run.trace().size(), run.listenerFailures().size(), "told of every step, failing each time");
        ListenerFailure failure = run.listenerFailures().get(0);
        assertEquals("stepExecuted", failure.event());
        assertEquals(IllegalStateException.class, failure.failure().getClass());
        assertTrue(failure.origin().startsWith("bundle org.flowpilot.engine.tests 0.1.0"), failure.origin());
        assertTrue(failure.message().contains("(bundle org.flowpilot.engine.tests 0.1.0"), failure.message());
    }

    @Test
    void aHangingContributedListenerIsDroppedForTheRestOfTheRun() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        Recorder recorder = new Recorder();
        RunListener hanging = new RunListener() {
            @Override
            public void stepExecuted(Run run, StepRecord record) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    // Cancelled by the engine: keep hanging as a badly written listener would.
                    try {
                        never.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException again) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        long start = System.nanoTime();
        Run run = runWith(List.of(hanging, recorder));
        long millis = (System.nanoTime() - start) / 1_000_000;
        never.countDown();
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow());
        assertEquals(1, run.listenerFailures().size(), "timed out once, then told nothing more");
        ListenerFailure failure = run.listenerFailures().get(0);
        ContributionFailure timedOut = (ContributionFailure) failure.failure();
        assertEquals(ContributionFailure.Kind.TIMED_OUT, timedOut.kind());
        assertTrue(failure.message().contains("did not answer within 300 ms while being told stepExecuted"),
                failure.message());
        assertTrue(failure.message().contains("(bundle org.flowpilot.engine.tests 0.1.0"), failure.message());
        assertEquals(run.trace().size(), recorder.kinds.size());
        assertTrue(millis < 5_000, "one timeout, not one per step: " + millis + " ms");
    }

    /** A set of extensions that a test changes while runs use it, as the service registry does. */
    static final class LiveExtensions implements Extensions {
        private volatile Extensions current;

        LiveExtensions(Extensions initial) {
            current = initial;
        }

        void set(Extensions changed) {
            current = changed;
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

    @Test
    void aRunKeepsTheContributionsItStartedWith() {
        Recorder recorder = new Recorder();
        LiveExtensions live = new LiveExtensions(Extensions.of(List.of(new AssetTagExecutor()),
                List.of(new NetworkGuard()), List.of(recorder)));
        FlowEngine engine = new FlowEngine(live);
        Flow flow = ExtensionTest.flowWithAssetTag("wifi");
        PreparedFlow prepared = engine.prepare(flow);
        Run started = engine.start(prepared, fixture.scenario().network(Network.WIFI).build());
        started.step();
        // The extension goes away while the run is in progress.
        live.set(Extensions.none());
        started.runToEnd();
        assertEquals(RunOutcome.DESKTOP, started.state().outcome().orElseThrow(), "the run keeps its executor");
        assertEquals(started.trace().size(), recorder.kinds.size(), "and its listener");
        Run later = engine.simulate(prepared, fixture.scenario().network(Network.WIFI).build());
        // Without the guard extension the wifi-only edge never holds: the flow goes straight to the desktop.
        assertTrue(later.trace().stream().noneMatch(r -> r.kind() == StepKind.CUSTOM),
                "a flow prepared before the change is prepared again with the extensions installed now");
        assertEquals(started.trace().size(), recorder.kinds.size(), "the listener that went away hears no new run");
    }

    @Test
    void theEngineFollowsTheServiceRegistry() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        FlowEngine engine = FlowEngine.withInstalledExtensions();
        Flow flow = ExtensionTest.flowWithAssetTag("wifi");
        Recorder recorder = new Recorder();
        ServiceRegistration<GuardCondition> guard = context.registerService(GuardCondition.class, new NetworkGuard(),
                null);
        ServiceRegistration<RunListener> listener = context.registerService(RunListener.class, recorder, null);
        Run before;
        try {
            // The test bundle's own Declarative Services component contributes the asset tag executor.
            awaitInstalled(() -> FlowEngine.installedExtensions().guardConditions().stream()
                    .anyMatch(NetworkGuard.class::isInstance));
            Run run = engine.simulate(engine.prepare(flow), fixture.scenario().network(Network.WIFI).build());
            assertTrue(run.trace().stream().anyMatch(r -> r.kind() == StepKind.CUSTOM
                    && r.status() == StepStatus.RAN), "registered guard and DS executor take part");
            assertEquals(run.trace().size(), recorder.kinds.size(), "the registered listener hears the run");
            before = engine.start(engine.prepare(flow), fixture.scenario().network(Network.WIFI).build());
        } finally {
            guard.unregister();
            listener.unregister();
        }
        int heard = recorder.kinds.size();
        before.runToEnd();
        assertTrue(before.trace().stream().anyMatch(r -> r.kind() == StepKind.CUSTOM),
                "a run started before the services went away keeps them");
        assertEquals(heard + before.trace().size(), recorder.kinds.size());
        Run after = engine.simulate(engine.prepare(flow), fixture.scenario().network(Network.WIFI).build());
        assertTrue(after.trace().stream().noneMatch(r -> r.kind() == StepKind.CUSTOM), "the guard is gone");
        assertEquals(heard + before.trace().size(), recorder.kinds.size(), "the listener is gone");
    }

    private static void awaitInstalled(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "waited 10 s for the contribution to be bound");
            Thread.sleep(20);
        }
    }
}
