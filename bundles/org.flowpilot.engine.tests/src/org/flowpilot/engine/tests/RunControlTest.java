package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.flowpilot.engine.Breakpoint;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.SuspendReason;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;
import org.flowpilot.model.WindowsVersion;
import org.junit.jupiter.api.Test;

class RunControlTest {

    private final Fixture fixture = new Fixture();

    private List<RunScenario> scenarios() {
        return List.of(fixture.scenario(WindowsVersion.WINDOWS10, Network.WIFI).mfa(true).build(),
                fixture.scenario(WindowsVersion.WINDOWS11, Network.WIRED).hangItems(List.of(fixture.item("Teams"))).build(),
                fixture.scenario(WindowsVersion.WINDOWS11, Network.NONE).build(),
                fixture.scenario().failItems(List.of(fixture.item("Company Portal"))).build());
    }

    @Test
    void sameFlowAndScenarioGiveTheSameTrace() {
        PreparedFlow flow = fixture.engine.prepare(StandardFlows.userDrivenHybridJoin());
        for (RunScenario scenario : scenarios()) {
            Run first = fixture.engine.simulate(flow, scenario);
            Run second = fixture.engine.simulate(flow, scenario);
            assertEquals(first.trace(), second.trace());
            assertEquals(first.state(), second.state());
        }
    }

    @Test
    void randomWalksForwardAndBackMatchAFreshReplay() {
        Random random = new Random(20260925L);
        for (FlowKind kind : List.of(FlowKind.USER_DRIVEN_ENTRA_JOIN, FlowKind.USER_DRIVEN_HYBRID_JOIN,
                FlowKind.PRE_PROVISIONING_TECHNICIAN, FlowKind.SELF_DEPLOYING)) {
            PreparedFlow flow = fixture.engine.prepare(StandardFlows.of(kind));
            for (RunScenario scenario : scenarios()) {
                Run walk = fixture.engine.start(flow, scenario);
                int backs = 0;
                for (int move = 0; move < 60; move++) {
                    if (random.nextInt(3) == 0) {
                        backs += walk.stepBack() ? 1 : 0;
                    } else {
                        walk.step();
                    }
                    Run replay = fixture.engine.start(flow, scenario);
                    for (int i = 0; i < walk.trace().size(); i++) {
                        replay.step();
                    }
                    assertEquals(replay.trace(), walk.trace(), kind + " after move " + move);
                    assertEquals(replay.state(), walk.state(), kind + " after move " + move);
                }
                assertTrue(backs > 0, "the walk should have stepped back");
            }
        }
    }

    @Test
    void stepBackRestoresTheEarlierStateExactly() {
        Run run = fixture.engine.start(StandardFlows.userDrivenEntraJoin(), fixture.scenario().build());
        List<RunState> states = stepToTheEnd(run);
        for (int i = states.size() - 2; i >= 0; i--) {
            assertTrue(run.stepBack());
            assertEquals(states.get(i), run.state());
        }
        assertFalse(run.stepBack());
        assertTrue(run.trace().isEmpty());
    }

    @Test
    void aFlowThatNeverEndsStopsAtTheStepBudget() {
        Flow flow = StandardFlows.userDrivenEntraJoin();
        Step desktop = flow.getSteps().stream().filter(s -> s.getName().equals("Desktop")).findFirst().orElseThrow();
        Step privacy = flow.getSteps().stream().filter(s -> s instanceof ScreenStep screen
                && screen.getScreen() == ScreenKind.PRIVACY).findFirst().orElseThrow();
        for (Transition transition : List.copyOf(desktop.getIncoming())) {
            transition.setTarget(privacy);
        }
        // Without tracked items the ESP never times out, so nothing else ends the loop.
        fixture.esp.getPhases().clear();
        FlowEngine engine = new FlowEngine(Extensions.none(), 200);
        Run run = engine.start(flow, fixture.scenario().build());
        assertEquals(SuspendReason.END, run.runToEnd());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
        assertEquals(201, run.trace().size());
        assertTrue(run.state().diagnostic().startsWith("Stopped after 200 steps"), run.state().diagnostic());
        assertTrue(run.state().diagnostic().contains("Privacy"), run.state().diagnostic());
    }

    @Test
    void aThrowingListenerIsReportedAndIsolated() {
        Run run = fixture.engine.start(StandardFlows.userDrivenEntraJoin(), fixture.scenario().build());
        List<StepRecord> seen = new ArrayList<>();
        run.addListener(new RunListener() {
            @Override
            public void stepExecuted(Run r, StepRecord record) {
                throw new IllegalStateException("listener bug");
            }
        });
        run.addListener(new RunListener() {
            @Override
            public void stepExecuted(Run r, StepRecord record) {
                seen.add(record);
            }
        });
        assertEquals(SuspendReason.END, run.runToEnd());
        assertEquals(run.trace(), seen);
        assertEquals(run.trace().size(), run.listenerFailures().size());
        assertEquals("stepExecuted", run.listenerFailures().get(0).event());
        assertEquals("listener bug", run.listenerFailures().get(0).failure().getMessage());
    }

    @Test
    void breakpointsPauseAndRestart() {
        Flow flow = StandardFlows.userDrivenEntraJoin();
        Run run = fixture.engine.start(flow, fixture.scenario().build());
        Step signIn = flow.getSteps().stream().filter(s -> s.getName().equals("Microsoft Entra sign-in")).findFirst()
                .orElseThrow();
        run.setBreakpoint(ElementIds.of(signIn), true);
        List<RunOutcome> finished = new ArrayList<>();
        run.addListener(new RunListener() {
            @Override
            public void runFinished(Run r, RunOutcome outcome) {
                finished.add(outcome);
            }
        });
        assertEquals(SuspendReason.BREAKPOINT, run.runToBreakpoint());
        assertSame(signIn, run.state().nextStep());
        RunListener pauser = new RunListener() {
            @Override
            public void stepExecuted(Run r, StepRecord record) {
                if (record.step() == 6) {
                    r.pause();
                }
            }
        };
        run.addListener(pauser);
        assertEquals(SuspendReason.PAUSE_REQUEST, run.runToEnd());
        assertEquals(6, run.trace().size());
        assertEquals(SuspendReason.END, run.runToEnd());
        assertEquals(List.of(RunOutcome.DESKTOP), finished);
        List<StepRecord> trace = List.copyOf(run.trace());
        run.removeListener(pauser);
        run.restart();
        assertTrue(run.trace().isEmpty());
        assertEquals(0, run.state().stepCount());
        run.setBreakpoint(ElementIds.of(signIn), false);
        assertEquals(SuspendReason.END, run.runToBreakpoint());
        assertEquals(trace, run.trace());
        assertNull(run.step());
    }

    @Test
    void aStepWithoutWayOutEndsTheRunWithADiagnostic() {
        Flow flow = StandardFlows.userDrivenEntraJoin();
        Step desktop = flow.getSteps().stream().filter(s -> s.getName().equals("Desktop")).findFirst().orElseThrow();
        for (Transition transition : List.copyOf(desktop.getIncoming())) {
            flow.getTransitions().remove(transition);
            transition.setSource(null);
            transition.setTarget(null);
        }
        Run run = fixture.engine.simulate(fixture.engine.prepare(flow), fixture.scenario().build());
        assertEquals(RunOutcome.FAILED, run.state().outcome().orElseThrow());
        assertTrue(run.state().diagnostic().contains("has no way out"), run.state().diagnostic());
    }

    @Test
    void listenersGivenAtTheStartHearThatTheRunStartedAndWhyItSuspends() {
        List<String> events = new ArrayList<>();
        RunListener recorder = new RunListener() {
            @Override
            public void runStarted(Run r) {
                events.add("started:" + r.trace().size());
            }

            @Override
            public void suspended(Run r, SuspendReason reason) {
                events.add(reason.id() + ":" + r.trace().size());
            }

            @Override
            public void runFinished(Run r, RunOutcome outcome) {
                events.add(outcome.id());
            }
        };
        Flow flow = StandardFlows.userDrivenEntraJoin();
        Run run = fixture.engine.start(fixture.engine.prepare(flow), fixture.scenario()
                .failItemsOnce(List.of(fixture.item("Company Portal"))).failureChoices(List.of(FailureChoice.RETRY))
                .build(), List.of(recorder));
        assertEquals(List.of("started:0"), events, "told when the run is created");
        run.step();
        assertEquals("step-end:1", events.get(1));
        assertEquals(SuspendReason.FAILURE, run.runToBreakpoint(), "Device setup fails");
        int failedAt = run.trace().size();
        assertEquals(StepStatus.FAILED, run.trace().get(failedAt - 1).status());
        assertEquals("failure:" + failedAt, events.get(2));
        run.setBreakpoint(StepKind.ESP_ERROR.engineElementId(), true);
        run.backTo(failedAt - 1);
        assertEquals(SuspendReason.FAILURE, run.runToBreakpoint(), "the failure is told before the breakpoint");
        run.setSuspendOnFailure(false);
        run.backTo(failedAt - 1);
        assertEquals(SuspendReason.BREAKPOINT, run.runToBreakpoint(), "a breakpoint on the page the engine adds");
        assertEquals("engine:esp-error", run.state().nextElementId());
        assertNull(run.state().nextStep());
        assertEquals(failedAt, run.trace().size());
        assertEquals("breakpoint:" + failedAt, events.get(events.size() - 1));
        assertEquals(SuspendReason.END, run.runToBreakpoint());
        assertEquals(List.of("desktop", "end:" + run.trace().size()), events.subList(events.size() - 2, events.size()));
        run.restart();
        assertEquals("started:0", events.get(events.size() - 1));
    }

    @Test
    void aPauseAskedForBeforeTheRunStartsIsKept() {
        Run run = fixture.engine.start(StandardFlows.userDrivenEntraJoin(), fixture.scenario().build());
        run.pause();
        assertEquals(SuspendReason.PAUSE_REQUEST, run.runToEnd());
        assertEquals(0, run.trace().size(), "honoured before the first step");
        assertEquals(SuspendReason.END, run.runToEnd(), "and then spent");

        Run other = fixture.engine.start(StandardFlows.userDrivenEntraJoin(), fixture.scenario().build());
        other.pause();
        assertEquals(SuspendReason.PAUSE_REQUEST, other.runToBreakpoint());
        other.pause();
        other.step();
        assertEquals(SuspendReason.END, other.runToEnd(), "a single step satisfies a pending pause");
    }

    @Test
    void anotherThreadPausesOrTerminatesARunInProgress() throws InterruptedException {
        Run run = fixture.engine.start(StandardFlows.userDrivenEntraJoin(), fixture.scenario().build());
        run.addListener(fromOtherThread(3, run::pause));
        assertEquals(SuspendReason.PAUSE_REQUEST, run.runToEnd());
        assertEquals(3, run.trace().size());

        List<RunOutcome> finished = new ArrayList<>();
        run.addListener(new RunListener() {
            @Override
            public void runFinished(Run r, RunOutcome outcome) {
                finished.add(outcome);
            }
        });
        run.addListener(fromOtherThread(5, run::terminate));
        assertEquals(SuspendReason.END, run.runToEnd());
        assertEquals(5, run.trace().size(), "stopped after the step in progress");
        assertEquals(RunOutcome.TERMINATED, run.state().outcome().orElseThrow());
        assertEquals(List.of(RunOutcome.TERMINATED), finished);
        assertTrue(run.isFinished());
        assertNull(run.step());
        assertFalse(run.stepBack());
        run.restart();
        assertEquals(5, run.trace().size(), "a terminated run stays where it ended");
        run.terminate();
        assertEquals(List.of(RunOutcome.TERMINATED), finished, "told once");
    }

    @Test
    void terminatingAnIdleRunEndsItAtOnce() {
        Run run = fixture.engine.start(StandardFlows.userDrivenEntraJoin(), fixture.scenario().build());
        run.step();
        run.terminate();
        assertEquals(RunOutcome.TERMINATED, run.state().outcome().orElseThrow());
        assertEquals(1, run.state().stepCount());
        assertEquals(SuspendReason.END, run.runToEnd());
        assertEquals(1, run.trace().size());
    }

    @Test
    void theTraceIsAnImmutableSnapshot() {
        Run run = fixture.engine.start(StandardFlows.userDrivenEntraJoin(), fixture.scenario().build());
        run.step();
        run.step();
        List<StepRecord> early = run.trace();
        List<StepRecord> copy = List.copyOf(early);
        run.runToEnd();
        assertEquals(copy, early, "later steps do not show in an earlier snapshot");
        run.backTo(1);
        run.runToEnd();
        assertEquals(copy, early, "nor does going back and forth");
        assertThrows(UnsupportedOperationException.class, () -> early.add(copy.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> run.trace().clear());
    }

    @Test
    void breakpointsAreKeyedByElementIdAndCanBeDisabled() {
        Flow flow = StandardFlows.userDrivenEntraJoin();
        Run run = fixture.engine.start(flow, fixture.scenario().build());
        String desktop = ElementIds.of(flow.getSteps().stream().filter(s -> s.getName().equals("Desktop")).findFirst()
                .orElseThrow());
        run.setBreakpoint(desktop, true);
        run.setBreakpoint("engine:esp-error", true);
        run.setBreakpoint(desktop, false);
        assertEquals(List.of(new Breakpoint(desktop, false), new Breakpoint("engine:esp-error", true)),
                run.breakpoints());
        assertEquals(SuspendReason.END, run.runToBreakpoint(), "a disabled breakpoint does not stop the run");
        run.restart();
        run.setBreakpoint(desktop, true);
        assertEquals(SuspendReason.BREAKPOINT, run.runToBreakpoint());
        assertEquals(desktop, run.state().nextElementId());
        run.removeBreakpoint(desktop);
        assertEquals(List.of(new Breakpoint("engine:esp-error", true)), run.breakpoints());
    }

    @Test
    void backToJumpsToAnyEarlierStepInOneMove() {
        Run run = fixture.engine.start(StandardFlows.userDrivenEntraJoin(), fixture.scenario().build());
        List<RunState> states = stepToTheEnd(run);
        List<StepRecord> full = run.trace();
        List<List<StepRecord>> undone = new ArrayList<>();
        run.addListener(new RunListener() {
            @Override
            public void steppedBack(Run r, List<StepRecord> records) {
                undone.add(records);
            }
        });
        assertTrue(run.backTo(3));
        assertEquals(states.get(3), run.state());
        assertEquals(full.subList(0, 3), run.trace());
        assertEquals(List.of(full.subList(3, full.size())), undone, "one notification with every step undone");
        assertFalse(run.backTo(3), "already there");
        assertThrows(IllegalArgumentException.class, () -> run.backTo(4));
        assertThrows(IllegalArgumentException.class, () -> run.backTo(-1));
        run.runToEnd();
        assertEquals(full, run.trace(), "replays the same steps");
        assertTrue(run.backTo(0));
        assertEquals(states.get(0), run.state());
    }

    /** Steps {@code run} to its end one step at a time, and returns its state before and after every step. */
    private static List<RunState> stepToTheEnd(Run run) {
        List<RunState> states = new ArrayList<>(List.of(run.state()));
        while (!run.isFinished()) {
            run.step();
            states.add(run.state());
        }
        return states;
    }

    /** A listener that, after step {@code step}, runs {@code action} on another thread and waits for it. */
    private static RunListener fromOtherThread(int step, Runnable action) {
        return new RunListener() {
            @Override
            public void stepExecuted(Run r, StepRecord record) {
                if (record.step() == step) {
                    Thread other = new Thread(action, "debugger UI");
                    other.start();
                    try {
                        other.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }
}
