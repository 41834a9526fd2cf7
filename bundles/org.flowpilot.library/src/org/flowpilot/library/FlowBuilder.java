package org.flowpilot.library;

import java.util.List;

import org.flowpilot.model.AllOfCondition;
import org.flowpilot.model.Condition;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.ConnectivityCondition;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.FactCondition;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.ScenarioFact;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcome;
import org.flowpilot.model.StepOutcomeCondition;
import org.flowpilot.model.Transition;

// Builds one flow step by step; every step records the document it comes from. Package-private: StandardFlows is
// the API, and keeping the builder beside it keeps internal free of cycles back into this package.
final class FlowBuilder {

    private static final FlowpilotFactory FACTORY = FlowpilotFactory.eINSTANCE;

    private final Flow flow = FACTORY.createFlow();

    /** Starts a flow of {@code kind} named after it. */
    public FlowBuilder(FlowKind kind, String description) {
        flow.setKind(kind);
        flow.setName(kind.getLiteral());
        flow.setDescription(description);
    }

    /** The flow built so far. */
    public Flow flow() {
        return flow;
    }

    /** Adds {@code step} named {@code name}, taken from {@code source}; the first step added is the start. */
    public <S extends Step> S add(S step, String name, String source) {
        step.setName(name);
        step.setSourceDocument(source);
        flow.getSteps().add(step);
        if (flow.getStart() == null) {
            flow.setStart(step);
        }
        return step;
    }

    /** Adds {@code note} to {@code step} as its description: where the documents place it and why. */
    public <S extends Step> S note(S step, String note) {
        step.setDescription(note);
        return step;
    }

    /** Adds an OOBE screen step. */
    public ScreenStep screen(ScreenKind screen, String name, String source) {
        ScreenStep step = add(FACTORY.createScreenStep(), name, source);
        step.setScreen(screen);
        return step;
    }

    /** Adds an ESP phase step named after the phase. */
    public EspPhaseStep esp(EspPhaseKind phase, String source) {
        EspPhaseStep step = add(FACTORY.createEspPhaseStep(), "ESP: " + phase.getLiteral(), source);
        step.setPhase(phase);
        return step;
    }

    /** Joins {@code steps} one after the other with unguarded transitions. */
    public void chain(Step... steps) {
        for (int i = 0; i + 1 < steps.length; i++) {
            go(steps[i], steps[i + 1], null);
        }
    }

    /** Adds a transition from {@code from} to {@code to}, taken when {@code guard} holds (always when null). */
    public Transition go(Step from, Step to, Condition guard) {
        Transition transition = FACTORY.createTransition();
        transition.setSource(from);
        transition.setTarget(to);
        transition.setGuard(guard);
        flow.getTransitions().add(transition);
        return transition;
    }

    /**
     * Adds the network connectivity include every deployment starts with: power on, then either a wired network
     * (and maybe a critical update reboot) going on to {@code afterWired}, or the region, keyboard and network screens
     * that show before the profile is downloaded, going on to {@code afterWireless}.
     */
    public void networkConnectivity(Step afterWired, Step afterWireless) {
        String source = SourceDocuments.NETWORK_CONNECTIVITY;
        Step powerOn = add(FACTORY.createPowerOnStep(), "Power on", source);
        flow.setStart(powerOn);
        Step check = add(FACTORY.createNetworkCheckStep(), "Network check", source);
        Step wiredUpdate = add(FACTORY.createRebootStep(), "Critical update reboot (wired)", source);
        Step wirelessUpdate = add(FACTORY.createRebootStep(), "Critical update reboot", source);
        ScreenStep region = screen(ScreenKind.LANGUAGE_REGION, "Country or region", source);
        ScreenStep keyboard = screen(ScreenKind.KEYBOARD, "Keyboard layout", source);
        ScreenStep additional = screen(ScreenKind.ADDITIONAL_KEYBOARD, "Additional keyboard layouts", source);
        ScreenStep network = screen(ScreenKind.NETWORK_CONNECTION, "Let's connect you to a network", source);
        for (ScreenStep beforeProfile : List.of(region, keyboard, additional, network)) {
            beforeProfile.setShownBeforeProfileDownload(true);
        }
        go(powerOn, check, null);
        go(check, wiredUpdate, allOf(connectivity(Connectivity.ETHERNET), fact(ScenarioFact.CRITICAL_UPDATE_AVAILABLE, true)));
        go(check, afterWired, allOf(connectivity(Connectivity.ETHERNET), fact(ScenarioFact.CRITICAL_UPDATE_AVAILABLE, false)));
        go(check, region, otherwise());
        go(wiredUpdate, afterWired, null);
        chain(region, keyboard, additional, network);
        go(network, wirelessUpdate, fact(ScenarioFact.CRITICAL_UPDATE_AVAILABLE, true));
        go(network, afterWireless, otherwise());
        go(wirelessUpdate, afterWireless, null);
    }

    /** Goes from {@code signIn} through the MFA step when MFA is required, else straight to {@code next}. */
    public void signInWithMfa(Step signIn, Step next, String source) {
        Step mfa = add(FACTORY.createMfaStep(), "Multifactor authentication", source);
        go(signIn, mfa, fact(ScenarioFact.MFA_REQUIRED, true));
        go(signIn, next, otherwise());
        go(mfa, next, null);
    }

    /** A guard on a scenario fact. */
    public static FactCondition fact(ScenarioFact fact, boolean holds) {
        FactCondition condition = FACTORY.createFactCondition();
        condition.setFact(fact);
        condition.setHolds(holds);
        return condition;
    }

    /** A guard on the network the device has. */
    public static ConnectivityCondition connectivity(Connectivity connectivity) {
        ConnectivityCondition condition = FACTORY.createConnectivityCondition();
        condition.setConnectivity(connectivity);
        return condition;
    }

    /** A guard on the outcome of the step the transition leaves. */
    public static StepOutcomeCondition outcome(StepOutcome outcome) {
        StepOutcomeCondition condition = FACTORY.createStepOutcomeCondition();
        condition.setOutcome(outcome);
        return condition;
    }

    /** A guard holding when all of {@code conditions} hold. */
    public static AllOfCondition allOf(Condition... conditions) {
        AllOfCondition condition = FACTORY.createAllOfCondition();
        condition.getOperands().addAll(List.of(conditions));
        return condition;
    }

    /** The guard holding when no other guard leaving the same step holds. */
    public static Condition otherwise() {
        return FACTORY.createOtherwiseCondition();
    }
}
