package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.SuspendReason;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AllOfCondition;
import org.flowpilot.model.AnyOfCondition;
import org.flowpilot.model.AppType;
import org.flowpilot.model.Condition;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.ConnectivityCondition;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.FactCondition;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.NotCondition;
import org.flowpilot.model.ScenarioFact;
import org.flowpilot.model.ScreenHiddenCondition;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.SimulatedOutcome;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcome;
import org.flowpilot.model.StepOutcomeCondition;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.Transition;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.WindowsVersionCondition;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine on random inputs: random flows (any steps, cycles, dead ends, overlapping and contradictory guards) and
 * the standard flows, each with a random scenario (profile, ESP with failing and hanging items, failure-page
 * choices, injected failures). Every run ends within the step budget, two runs of the same inputs give the same trace,
 * and any walk forward and back (step, step back, back to an earlier step, restart) is always where a fresh replay of
 * as many steps is. A flow and its scenario are made from one seed, which a failure reports.
 */
class EngineProperties {

    private static final int BUDGET = 300;
    private static final FlowKind[] STANDARD = {FlowKind.USER_DRIVEN_ENTRA_JOIN, FlowKind.USER_DRIVEN_HYBRID_JOIN,
        FlowKind.PRE_PROVISIONING_TECHNICIAN, FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN,
        FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN, FlowKind.SELF_DEPLOYING};

    private final FlowEngine engine = new FlowEngine(Extensions.none(), BUDGET);

    /** A flow and a scenario to run it with. */
    record Inputs(long seed, Flow flow, RunScenario scenario) {
        @Override
        public String toString() {
            return "seed " + seed + ": flow '" + flow.getName() + "' of " + flow.getSteps().size() + " steps";
        }
    }

    /** What of a run's state a replay must reproduce. */
    record StateView(int stepCount, String nextElementId, int clockMinutes, boolean online, boolean profileDownloaded,
            int espMinutes, StepOutcome lastStepOutcome, String outcome, String errorCode, String diagnostic) {

        static StateView of(RunState state) {
            return new StateView(state.stepCount(), state.nextElementId(), state.clockMinutes(), state.online(),
                    state.profileDownloaded(), state.espMinutes(), state.lastStepOutcome(),
                    state.outcome().map(Enum::name).orElse(null), state.errorCode(), state.diagnostic());
        }
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        return Arbitraries.longs().map(EngineProperties::inputs);
    }

    @Property(tries = 500)
    void everyRunEndsWithinTheStepBudget(@ForAll("inputs") Inputs inputs) {
        Run run = engine.start(inputs.flow(), inputs.scenario());
        assertEquals(SuspendReason.END, run.runToEnd(), inputs.toString());
        assertTrue(run.isFinished(), inputs.toString());
        assertTrue(run.state().outcome().isPresent(), inputs.toString());
        List<StepRecord> trace = run.trace();
        assertTrue(trace.size() <= BUDGET + 1, inputs + ": " + trace.size() + " steps");
        for (int i = 0; i < trace.size(); i++) {
            assertEquals(i + 1, trace.get(i).step(), inputs.toString());
        }
        assertEquals(null, run.step(), "a step after the end");
        // The report shows what the random inputs covered: every outcome, and runs the budget ended.
        Statistics.label("outcome").collect(run.state().outcome().get());
        Statistics.label("steps").collect(trace.size() > BUDGET ? "budget" : trace.size() > 20 ? "21-" + BUDGET
                : trace.size() > 5 ? "6-20" : "1-5");
    }

    @Property(tries = 300)
    void runsOfTheSameInputsGiveTheSameTrace(@ForAll("inputs") Inputs inputs) {
        Run first = new FlowEngine(Extensions.none(), BUDGET).start(inputs.flow(), inputs.scenario());
        first.runToEnd();
        Run second = engine.start(inputs.flow(), inputs.scenario());
        second.runToEnd();
        assertEquals(first.trace(), second.trace(), inputs.toString());
        assertEquals(StateView.of(first.state()), StateView.of(second.state()), inputs.toString());
    }

    @Property(tries = 300)
    void walksForwardAndBackAreWhereAFreshReplayIs(@ForAll("inputs") Inputs inputs, @ForAll long walkSeed) {
        // The replay: a fresh run to its end, with its state after every step.
        Run replay = engine.start(inputs.flow(), inputs.scenario());
        List<StateView> states = new ArrayList<>(List.of(StateView.of(replay.state())));
        while (replay.step() != null) {
            states.add(StateView.of(replay.state()));
        }
        List<StepRecord> trace = replay.trace();

        Run run = engine.start(inputs.flow(), inputs.scenario());
        Random walk = new Random(walkSeed);
        for (int move = 0; move < 40; move++) {
            int steps = run.trace().size();
            String what;
            switch (walk.nextInt(7)) {
                case 0, 1, 2 -> {
                    what = "step";
                    run.step();
                }
                case 3, 4 -> {
                    what = "step back";
                    run.stepBack();
                }
                case 5 -> {
                    int target = walk.nextInt(steps + 1);
                    what = "back to " + target;
                    if (target < steps) {
                        run.backTo(target);
                    }
                }
                default -> {
                    what = "restart";
                    run.restart();
                }
            }
            int now = run.trace().size();
            String where = inputs + ", move " + move + " (" + what + " from " + steps + ")";
            assertEquals(trace.subList(0, now), run.trace(), where);
            assertEquals(states.get(now), StateView.of(run.state()), where);
        }
    }

    static Inputs inputs(long seed) {
        Random random = new Random(seed);
        EnrollmentStatusPage esp = esp(random);
        Flow flow = random.nextBoolean() ? StandardFlows.of(STANDARD[random.nextInt(STANDARD.length)])
                : randomFlow(random);
        return new Inputs(seed, flow, scenario(random, esp));
    }

    private static RunScenario scenario(Random random, EnrollmentStatusPage esp) {
        List<TrackedItem> items = esp.getPhases().stream().flatMap(phase -> phase.getTrackedItems().stream()).toList();
        List<FailureChoice> choices = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            choices.add(FailureChoice.values()[random.nextInt(FailureChoice.values().length)]);
        }
        return RunScenario.builder().profile(profile(random)).esp(random.nextInt(5) == 0 ? null : esp)
                .organizationName("Fabrikam")
                .windows(random.nextBoolean() ? WindowsVersion.WINDOWS10 : WindowsVersion.WINDOWS11)
                .network(Network.values()[random.nextInt(Network.values().length)])
                .assignedUser(random.nextBoolean() ? null
                        : new AssignedUser("alice@fabrikam.com", "Alice", random.nextBoolean() ? "FABRIKAM\\alice"
                                : null))
                .mfa(random.nextBoolean()).criticalUpdateAvailable(random.nextInt(4) == 0)
                .tpm20(random.nextInt(5) != 0).virtualMachine(random.nextInt(5) == 0)
                .failItems(some(items, random)).hangItems(some(items, random)).failItemsOnce(some(items, random))
                .failureChoices(choices).espTimesOut(random.nextInt(6) == 0)
                .tpmAttestationFails(random.nextInt(8) == 0).networkLost(random.nextInt(8) == 0)
                .domainControllerUnreachable(random.nextInt(8) == 0)
                .userPresent(random.nextInt(3) == 0 ? null : random.nextBoolean()).build();
    }

    private static DeploymentProfile profile(Random random) {
        DeploymentProfile profile = Fixture.F.createDeploymentProfile();
        profile.setName("Random profile");
        profile.setDeploymentMode(random.nextInt(4) == 0 ? DeploymentMode.SELF_DEPLOYING : DeploymentMode.USER_DRIVEN);
        profile.setJoinType(random.nextInt(3) == 0 ? JoinType.ENTRA_HYBRID_JOINED : JoinType.ENTRA_JOINED);
        profile.setAllowPreProvisionedDeployment(random.nextBoolean());
        profile.setMicrosoftSoftwareLicenseTerms(random.nextBoolean() ? ScreenVisibility.HIDE : ScreenVisibility.SHOW);
        profile.setPrivacySettings(random.nextBoolean() ? ScreenVisibility.HIDE : ScreenVisibility.SHOW);
        profile.setHideChangeAccountOptions(random.nextBoolean() ? ScreenVisibility.HIDE : ScreenVisibility.SHOW);
        LanguageRegion language = LanguageRegion.values()[random.nextInt(LanguageRegion.values().length)];
        profile.setLanguageRegion(language);
        if (language == LanguageRegion.SPECIFIC_LOCALE) {
            profile.setLocale("en-US");
        }
        profile.setAutomaticallyConfigureKeyboard(random.nextBoolean());
        return profile;
    }

    private static EnrollmentStatusPage esp(Random random) {
        EnrollmentStatusPage esp = Fixture.F.createEnrollmentStatusPage();
        esp.setName("Random ESP");
        esp.setInstallationTimeoutMinutes(5 + random.nextInt(120));
        esp.setAllowResetOnInstallationError(random.nextBoolean());
        esp.setAllowUseOnInstallationError(random.nextBoolean());
        esp.setTurnOnLogCollectionAndDiagnostics(random.nextBoolean());
        esp.setBlockDeviceUseUntilAllAppsAndProfilesInstalled(random.nextBoolean());
        for (EspPhaseKind kind : EspPhaseKind.values()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            EspPhase phase = Fixture.F.createEspPhase();
            phase.setKind(kind);
            for (int i = random.nextInt(4); i > 0; i--) {
                var app = Fixture.F.createApp();
                app.setName(kind.getName() + " app " + i);
                app.setAppType(AppType.values()[random.nextInt(AppType.values().length)]);
                app.setInstallContext(kind == EspPhaseKind.ACCOUNT_SETUP ? InstallContext.USER : InstallContext.DEVICE);
                app.setEstimatedMinutes(random.nextInt(40));
                app.setSimulatedOutcome(SimulatedOutcome.values()[random.nextInt(SimulatedOutcome.values().length)]);
                phase.getTrackedItems().add(app);
            }
            esp.getPhases().add(phase);
        }
        return esp;
    }

    private static List<TrackedItem> some(List<TrackedItem> items, Random random) {
        return items.stream().filter(item -> random.nextInt(6) == 0).toList();
    }

    /** Any steps joined any way: cycles, dead ends, several transitions out of one step, any guards. */
    private static Flow randomFlow(Random random) {
        Flow flow = Fixture.F.createFlow();
        flow.setName("Random flow");
        flow.setKind(FlowKind.values()[random.nextInt(FlowKind.values().length)]);
        List<Step> steps = new ArrayList<>();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            Step step = randomStep(random);
            step.setName(step.eClass().getName() + " " + steps.size());
            steps.add(step);
        }
        flow.getSteps().addAll(steps);
        flow.setStart(steps.get(random.nextInt(steps.size())));
        for (Step source : steps) {
            for (int i = random.nextInt(4); i > 0; i--) {
                Transition transition = Fixture.F.createTransition();
                transition.setSource(source);
                transition.setTarget(steps.get(random.nextInt(steps.size())));
                if (random.nextInt(3) > 0) {
                    transition.setGuard(randomCondition(random, 2));
                }
                flow.getTransitions().add(transition);
            }
        }
        return flow;
    }

    private static Step randomStep(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> Fixture.F.createPowerOnStep();
            case 1 -> Fixture.F.createNetworkCheckStep();
            case 2, 3 -> {
                ScreenStep screen = Fixture.F.createScreenStep();
                screen.setScreen(ScreenKind.values()[random.nextInt(ScreenKind.values().length)]);
                screen.setShownBeforeProfileDownload(random.nextBoolean());
                yield screen;
            }
            case 4 -> Fixture.F.createSignInStep();
            case 5 -> Fixture.F.createMfaStep();
            case 6, 7 -> {
                EspPhaseStep phase = Fixture.F.createEspPhaseStep();
                phase.setPhase(EspPhaseKind.values()[random.nextInt(EspPhaseKind.values().length)]);
                yield phase;
            }
            case 8 -> Fixture.F.createRebootStep();
            case 9 -> random.nextBoolean() ? Fixture.F.createProvisioningMenuStep() : Fixture.F.createResealStep();
            case 10 -> Fixture.F.createWindowsSignOnStep();
            default -> Fixture.F.createDesktopStep();
        };
    }

    private static Condition randomCondition(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 6);
        return switch (kind) {
            case 0 -> {
                FactCondition fact = Fixture.F.createFactCondition();
                fact.setFact(ScenarioFact.values()[random.nextInt(ScenarioFact.values().length)]);
                fact.setHolds(random.nextBoolean());
                yield fact;
            }
            case 1 -> {
                ConnectivityCondition network = Fixture.F.createConnectivityCondition();
                network.setConnectivity(Connectivity.values()[random.nextInt(Connectivity.values().length)]);
                yield network;
            }
            case 2 -> {
                WindowsVersionCondition windows = Fixture.F.createWindowsVersionCondition();
                windows.setVersion(random.nextBoolean() ? WindowsVersion.WINDOWS10 : WindowsVersion.WINDOWS11);
                yield windows;
            }
            case 3 -> {
                ScreenHiddenCondition hidden = Fixture.F.createScreenHiddenCondition();
                hidden.setScreen(ScreenKind.values()[random.nextInt(ScreenKind.values().length)]);
                yield hidden;
            }
            case 4 -> {
                StepOutcomeCondition outcome = Fixture.F.createStepOutcomeCondition();
                outcome.setOutcome(StepOutcome.values()[random.nextInt(StepOutcome.values().length)]);
                yield outcome;
            }
            case 5 -> Fixture.F.createOtherwiseCondition();
            case 6 -> {
                NotCondition not = Fixture.F.createNotCondition();
                not.setOperand(randomCondition(random, depth - 1));
                yield not;
            }
            case 7 -> {
                AllOfCondition all = Fixture.F.createAllOfCondition();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    all.getOperands().add(randomCondition(random, depth - 1));
                }
                yield all;
            }
            default -> {
                AnyOfCondition any = Fixture.F.createAnyOfCondition();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    any.getOperands().add(randomCondition(random, depth - 1));
                }
                yield any;
            }
        };
    }
}
