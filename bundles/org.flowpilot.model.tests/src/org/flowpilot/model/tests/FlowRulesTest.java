package org.flowpilot.model.tests;

import org.flowpilot.model.Connectivity;
import org.flowpilot.model.ConnectivityCondition;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.FactCondition;
import org.flowpilot.model.NotCondition;
import org.flowpilot.model.ScenarioFact;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcome;
import org.flowpilot.model.StepOutcomeCondition;
import org.flowpilot.model.Transition;
import org.flowpilot.model.validation.Rule;
import org.junit.jupiter.api.Test;

class FlowRulesTest {

    private final Fixture fx = new Fixture();
    private final Step powerOn = fx.stepNamed("Power on");
    private final Step signIn = fx.stepNamed("Sign in");
    private final Step desktop = fx.stepNamed("Desktop");

    private static FactCondition fact(ScenarioFact fact, boolean holds) {
        FactCondition condition = Fixture.F.createFactCondition();
        condition.setFact(fact);
        condition.setHolds(holds);
        return condition;
    }

    private static ConnectivityCondition connectivity(Connectivity connectivity) {
        ConnectivityCondition condition = Fixture.F.createConnectivityCondition();
        condition.setConnectivity(connectivity);
        return condition;
    }

    private static StepOutcomeCondition outcome(StepOutcome outcome) {
        StepOutcomeCondition condition = Fixture.F.createStepOutcomeCondition();
        condition.setOutcome(outcome);
        return condition;
    }

    @Test
    void fl01FlowHasNoStart() {
        fx.assertPasses(Rule.FLOW_HAS_NO_START);
        fx.flow.setStart(null);
        fx.assertFlags(Rule.FLOW_HAS_NO_START, fx.flow);
    }

    @Test
    void fl02UnreachableStep() {
        fx.assertPasses(Rule.FLOW_UNREACHABLE_STEP);
        Step orphan = fx.step(Fixture.F.createRebootStep(), "Reboot");
        fx.connect(orphan, desktop);
        fx.assertFlags(Rule.FLOW_UNREACHABLE_STEP, orphan);
    }

    @Test
    void fl03DeadEnd() {
        fx.assertPasses(Rule.FLOW_DEAD_END);
        Step mfa = fx.step(Fixture.F.createMfaStep(), "MFA");
        fx.connect(signIn, mfa).setGuard(fact(ScenarioFact.MFA_REQUIRED, true));
        fx.flow.getTransitions().stream().filter(t -> t.getSource() == signIn && t.getTarget() == desktop)
                .findFirst().orElseThrow().setGuard(fact(ScenarioFact.MFA_REQUIRED, false));
        fx.assertFlags(Rule.FLOW_DEAD_END, mfa);
    }

    @Test
    void fl04OverlappingGuards() {
        Step network = fx.step(Fixture.F.createScreenStep(), "Network");
        fx.connect(network, desktop);
        Transition wired = fx.connect(powerOn, signIn);
        Transition wireless = fx.connect(powerOn, network);
        fx.flow.getTransitions().remove(powerOn.getOutgoing().get(0));
        wired.setGuard(connectivity(Connectivity.ETHERNET));
        NotCondition notWired = Fixture.F.createNotCondition();
        notWired.setOperand(connectivity(Connectivity.ETHERNET));
        wireless.setGuard(notWired);
        fx.assertPasses(Rule.FLOW_OVERLAPPING_GUARDS);
        wireless.setGuard(fact(ScenarioFact.USER_ASSIGNED, true));
        fx.assertFlags(Rule.FLOW_OVERLAPPING_GUARDS, powerOn);
        wireless.setGuard(Fixture.F.createOtherwiseCondition());
        fx.assertPasses(Rule.FLOW_OVERLAPPING_GUARDS);
    }

    @Test
    void fl05CycleWithoutExit() {
        Step esp = fx.step(Fixture.F.createEspPhaseStep(), "Device setup");
        Step failure = fx.step(Fixture.F.createScreenStep(), "Failure");
        fx.flow.getTransitions().stream().filter(t -> t.getSource() == signIn).findFirst().orElseThrow()
                .setTarget(esp);
        fx.connect(esp, failure).setGuard(outcome(StepOutcome.FAILED));
        Transition done = fx.connect(esp, desktop);
        done.setGuard(outcome(StepOutcome.SUCCEEDED));
        fx.connect(failure, esp);
        fx.assertPasses(Rule.FLOW_CYCLE_WITHOUT_EXIT);
        fx.flow.getTransitions().remove(done);
        fx.assertFlags(Rule.FLOW_CYCLE_WITHOUT_EXIT, fx.flow);
    }

    @Test
    void fl06CustomStepType() {
        CustomStep custom = fx.step(Fixture.F.createCustomStep(), "Asset tag");
        custom.setExtensionTypeId("com.example.assettag");
        fx.connect(powerOn, custom);
        fx.flow.getTransitions().remove(powerOn.getOutgoing().get(0));
        fx.connect(custom, signIn);
        fx.assertPasses(Rule.FLOW_CUSTOM_STEP_TYPE);
        custom.setExtensionTypeId(" ");
        fx.assertFlags(Rule.FLOW_CUSTOM_STEP_TYPE, custom);
    }

    @Test
    void fl07StepSourceDocument() {
        fx.assertPasses(Rule.FLOW_STEP_SOURCE_DOCUMENT);
        signIn.setSourceDocument(null);
        fx.assertFlags(Rule.FLOW_STEP_SOURCE_DOCUMENT, signIn);
    }

    @Test
    void fl08TransitionEnds() {
        fx.assertPasses(Rule.FLOW_TRANSITION_ENDS);
        Transition loose = fx.connect(desktop, null);
        fx.assertFlags(Rule.FLOW_TRANSITION_ENDS, loose);
    }
}
