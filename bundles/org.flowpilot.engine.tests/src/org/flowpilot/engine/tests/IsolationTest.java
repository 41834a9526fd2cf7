package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.GuardContext;
import org.flowpilot.engine.spi.StepContext;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.engine.spi.StepResult;
import org.flowpilot.model.Condition;
import org.flowpilot.model.Flow;
import org.junit.jupiter.api.Test;

/** A contribution that throws, hangs or answers nothing ends the run with a failed step naming it and its bundle. */
class IsolationTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final Fixture fixture = new Fixture();

    /** Runs the asset-tag flow on Wi-Fi with {@code executor} for the asset tag and {@code guard} for its guard. */
    private Run run(StepExecutor executor, GuardCondition guard) {
        FlowEngine engine = new FlowEngine(Extensions.of(List.of(executor), List.of(guard)),
                FlowEngine.DEFAULT_STEP_BUDGET, TIMEOUT);
        Flow flow = ExtensionTest.flowWithAssetTag("wifi");
        return engine.simulate(engine.prepare(flow), fixture.scenario().network(Network.WIFI).build());
    }

    private static StepRecord last(Run run) {
        return run.trace().get(run.trace().size() - 1);
    }

    @Test
    void aThrowingStepExecutorFailsItsStepNamingItAndItsBundle() {
        Run run = run(executor(() -> {
            throw new IllegalStateException("the tag printer is out of labels");
        }), new NetworkGuard());
        StepRecord tag = last(run);
        assertEquals(StepKind.CUSTOM, tag.kind());
        assertEquals(StepStatus.FAILED, tag.status());
        assertTrue(tag.reason().startsWith("The step executor org.flowpilot.engine.tests.IsolationTest$"), tag.reason());
        assertTrue(tag.reason().contains("(bundle org.flowpilot.engine.tests 0.1.0"), tag.reason());
        assertTrue(tag.reason().endsWith("failed while executing step 'Asset tag': IllegalStateException: the tag"
                + " printer is out of labels"), tag.reason());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
        assertEquals(tag.reason(), run.state().diagnostic());
    }

    @Test
    void aStepExecutorThatHangsIsGivenUpOnAfterTheTimeout() {
        long start = System.nanoTime();
        Run run = run(executor(() -> {
            Thread.sleep(60_000);
            return null;
        }), new NetworkGuard());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "the run did not wait for it");
        StepRecord tag = last(run);
        assertEquals(StepStatus.FAILED, tag.status());
        assertTrue(tag.reason().endsWith("did not answer within 300 ms while executing step 'Asset tag'."),
                tag.reason());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
    }

    @Test
    void aStepExecutorWithoutAnAnswerFailsItsStep() {
        Run run = run(executor(() -> null), new NetworkGuard());
        assertTrue(last(run).reason().endsWith("returned no result for step 'Asset tag'."), last(run).reason());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
    }

    @Test
    void aThrowingGuardEndsTheRunInAStepTheEngineAdds() {
        Run run = run(new AssetTagExecutor(), guard(() -> {
            throw new UnsupportedOperationException("no network API here");
        }));
        StepRecord failure = last(run);
        assertEquals(StepKind.EXTENSION_FAILURE, failure.kind());
        assertEquals("engine:extension-failure", failure.elementId());
        assertEquals(StepStatus.FAILED, failure.status());
        assertTrue(failure.reason().startsWith("The guard condition org.flowpilot.engine.tests.IsolationTest$"),
                failure.reason());
        assertTrue(failure.reason().contains("(bundle org.flowpilot.engine.tests 0.1.0"), failure.reason());
        assertTrue(failure.reason().contains("failed while deciding a guard leaving '"), failure.reason());
        assertTrue(failure.reason().endsWith("UnsupportedOperationException: no network API here"), failure.reason());
        assertNull(run.trace().get(run.trace().size() - 2).transition(), "no transition was taken");
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
    }

    @Test
    void aGuardThatHangsEndsTheRunAfterTheTimeout() {
        Run run = run(new AssetTagExecutor(), guard(() -> {
            Thread.sleep(60_000);
            return true;
        }));
        StepRecord failure = last(run);
        assertEquals(StepKind.EXTENSION_FAILURE, failure.kind());
        assertTrue(failure.reason().contains("did not answer within 300 ms while deciding a guard leaving '"),
                failure.reason());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
    }

    @Test
    void aContributionThatCannotSayItsTypeIdIsLeftOut() {
        StepExecutor broken = new StepExecutor() {
            @Override
            public String typeId() {
                throw new IllegalStateException("not configured");
            }

            @Override
            public StepResult execute(StepContext context) {
                return StepResult.ran("never", 0);
            }
        };
        Run run = run(broken, new NetworkGuard());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
        StepRecord last = run.trace().get(run.trace().size() - 1);
        assertEquals(StepKind.CUSTOM, last.kind());
        assertEquals(StepStatus.FAILED, last.status());
        assertTrue(last.reason().contains("'fabrikam.asset-tag', which no installed extension runs"), last.reason());
        assertTrue(last.reason().contains("failed while saying its type id: IllegalStateException: not configured"),
                "the step names the contribution left out: " + last.reason());
    }

    interface Body<T> {
        T call() throws Exception;
    }

    private static <T> T unchecked(Body<T> body) {
        try {
            return body.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static StepExecutor executor(Body<StepResult> body) {
        return new StepExecutor() {
            @Override
            public String typeId() {
                return AssetTagExecutor.TYPE;
            }

            @Override
            public StepResult execute(StepContext context) {
                return unchecked(body);
            }
        };
    }

    private static GuardCondition guard(Body<Boolean> body) {
        return new GuardCondition() {
            @Override
            public String typeId() {
                return NetworkGuard.TYPE;
            }

            @Override
            public boolean holds(Condition condition, GuardContext context) {
                return unchecked(body);
            }
        };
    }
}
