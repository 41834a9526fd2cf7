package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StopReason;
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
        List<Object> states = new ArrayList<>();
        states.add(run.state());
        while (!run.isFinished()) {
            run.step();
            states.add(run.state());
        }
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
        assertEquals(StopReason.FINISHED, run.runToEnd());
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
        assertEquals(StopReason.FINISHED, run.runToEnd());
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
        run.setBreakpoint(signIn, true);
        List<RunOutcome> finished = new ArrayList<>();
        run.addListener(new RunListener() {
            @Override
            public void runFinished(Run r, RunOutcome outcome) {
                finished.add(outcome);
            }
        });
        assertEquals(StopReason.BREAKPOINT, run.runToBreakpoint());
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
        assertEquals(StopReason.PAUSED, run.runToEnd());
        assertEquals(6, run.trace().size());
        assertEquals(StopReason.FINISHED, run.runToEnd());
        assertEquals(List.of(RunOutcome.DESKTOP), finished);
        List<StepRecord> trace = List.copyOf(run.trace());
        run.removeListener(pauser);
        run.restart();
        assertTrue(run.trace().isEmpty());
        assertEquals(0, run.state().stepCount());
        run.setBreakpoint(signIn, false);
        assertEquals(StopReason.FINISHED, run.runToBreakpoint());
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
}
