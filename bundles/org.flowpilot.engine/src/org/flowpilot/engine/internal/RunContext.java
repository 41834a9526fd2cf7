package org.flowpilot.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.ScreenControl;
import org.flowpilot.model.App;
import org.flowpilot.model.AppType;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.PreparationTask;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.model.query.EspSettings;
import org.flowpilot.model.query.FlowKinds;
import org.flowpilot.model.query.TechnicianFlowTiming;

/** What a run derives once from its flow and scenario, so that each step only reads it. */
final class RunContext {

    enum Mode {
        USER_DRIVEN, TECHNICIAN, PRE_PROVISIONED_USER, SELF_DEPLOYING
    }

    enum Behaviour {
        SUCCEEDS, FAILS, FAILS_ONCE, HANGS, NOT_TRACKED, NOT_NEEDED,
        /** Technician flow, not a selected blocking app: installed but not waited for. */
        NOT_BLOCKING,
        /** As {@link #NOT_BLOCKING}, and its install fails: retried at the user's first sign-in. */
        NOT_BLOCKING_FAILS,
        /** Technician flow, not a selected blocking app, "Only fail selected blocking apps" No: installs later. */
        DEFERRED,
        /** The ESP does not block device use: the run does not wait for it. */
        NOT_WAITED,
        /** As {@link #NOT_WAITED}, and its install fails in the background. */
        NOT_WAITED_FAILS
    }

    /** How one tracked item behaves in this run; {@code cause} says why it fails when the scenario did not ask. */
    record ItemPlan(TrackedItem item, String name, String kind, int minutes, Behaviour behaviour, String cause) {
    }

    /** Quoted from pre-provision.md, with the log line the Intune Management Extension writes. */
    static final String LATE_USER_FLOW = "the user flow starts more than " + TechnicianFlowTiming.VALID_MONTHS
            + " months after the technician flow, so the Intune Management Extension certificates may no longer be"
            + " valid (" + TechnicianFlowTiming.EXPIRED_DETECTION_LOG + ")";

    final CompiledFlow flow;
    final RunScenario scenario;
    final Mode mode;
    final boolean hybrid;
    final boolean windows11;
    final Set<ScreenKind> hidden;
    final AssignedUser user;
    final DeploymentProfile profile;
    final boolean profileModeled;
    final EnrollmentStatusPage esp;
    final boolean espModeled;
    /** "Block device use until all apps and profiles are installed": whether the ESP holds the person. */
    final boolean blocksDeviceUse;
    /** Which ESP configuration applies and why, for the trace. */
    final String espConfiguration;
    final int espTimeoutMinutes;
    final List<String> espErrorButtons;
    final String espMessage;
    final Map<EspPhaseKind, List<ItemPlan>> items = new EnumMap<>(EspPhaseKind.class);
    /** The last ESP phase that runs in this flow and mode: where an injected ESP timeout strikes. */
    final Node lastEspPhase;
    /** The first ESP phase that runs: where a lost network or an unreachable domain controller shows. */
    final Node firstEspPhase;

    RunContext(CompiledFlow flow, RunScenario scenario) {
        this.flow = flow;
        this.scenario = scenario;
        profileModeled = scenario.profile() != null;
        profile = profileModeled ? scenario.profile() : FlowpilotFactory.eINSTANCE.createDeploymentProfile();
        espModeled = scenario.esp() != null;
        esp = EspSettings.orIntuneDefault(scenario.esp());
        blocksDeviceUse = esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled();
        espConfiguration = espModeled ? "Enrollment Status Page configuration: '" + esp.getName() + "'."
                : "No Enrollment Status Page profile is assigned, so Intune's default profile '" + esp.getName()
                        + "' applies (windows-enrollment-status.md); its settings are not modeled and are taken as"
                        + " Intune creates it: Show app and profile configuration progress No (Microsoft Graph's"
                        + " default), so the page does not appear. Model the default profile to change that.";
        FlowKind kind = flow.flow.getKind();
        mode = mode(kind, profile);
        hybrid = FlowKinds.isHybrid(kind) || profile.getJoinType() == JoinType.ENTRA_HYBRID_JOINED;
        windows11 = scenario.windows() == WindowsVersion.WINDOWS11;
        hidden = EnumSet.noneOf(ScreenKind.class);
        hidden.addAll(AutopilotQueries.effectivelyHiddenScreens(profile, mode == Mode.SELF_DEPLOYING));
        user = mode == Mode.SELF_DEPLOYING ? null : scenario.assignedUser();
        // Hybrid join: the ESP waits 40 minutes longer than configured for the connector (windows-enrollment-status.md).
        // The notes describe one timeout for "the ESP" and none per phase, so one budget covers the run's phases.
        espTimeoutMinutes = esp.getInstallationTimeoutMinutes() + (hybrid ? 40 : 0);
        List<ScreenControl> offered = new ArrayList<>(4);
        for (FailureChoice choice : FailureChoice.values()) {
            if (choice.isOfferedOnEspError(esp)) {
                offered.add(Screen.ESP_ERROR.control(choice));
            }
        }
        espErrorButtons = Screen.labels(scenario.windows(), offered);
        String custom = esp.getCustomMessage();
        espMessage = esp.isShowCustomMessage() && custom != null && !custom.isBlank() ? custom
                : Screen.ESP_ERROR.message(scenario.windows());
        List<Node> running = runningPhases(flow);
        lastEspPhase = running.isEmpty() ? null : running.get(running.size() - 1);
        firstEspPhase = running.isEmpty() ? null : running.get(0);
        for (EspPhase phase : esp.getPhases()) {
            List<ItemPlan> plans = items.computeIfAbsent(phase.getKind(), key -> new ArrayList<>());
            for (TrackedItem item : phase.getTrackedItems()) {
                plans.add(plan(item));
            }
        }
    }

    private ItemPlan plan(TrackedItem item) {
        String name = item.getName() == null ? item.eClass().getName() : item.getName();
        String kind = item.eClass().getName();
        int minutes = Math.max(0, item.getEstimatedMinutes());
        if (item instanceof App app && esp.getBlockingApps() == BlockingAppSelection.SELECTED
                && !esp.getSelectedBlockingApps().contains(app)) {
            // With "Selected", the list filters the targeted apps: only the selected ones are tracked. In the
            // technician flow "Only fail selected blocking apps" decides whether the others install now, unwaited.
            if (mode != Mode.TECHNICIAN) {
                return new ItemPlan(item, name, kind, 0, Behaviour.NOT_TRACKED, null);
            }
            if (!esp.isOnlyFailSelectedBlockingAppsInTechnicianPhase()) {
                return new ItemPlan(item, name, kind, 0, Behaviour.DEFERRED, null);
            }
            Behaviour own = behaviour(item);
            return new ItemPlan(item, name, kind, 0, own == Behaviour.SUCCEEDS || own == Behaviour.HANGS
                    ? Behaviour.NOT_BLOCKING : Behaviour.NOT_BLOCKING_FAILS, null);
        }
        if (!blocksDeviceUse && !(item instanceof PreparationTask)) {
            // windows-enrollment-status.md: with No "users can leave the ESP before Intune is finished"; the
            // preparation tasks (attestation, join, enrollment) are what the device needs to go on at all.
            Behaviour own = behaviour(item);
            return new ItemPlan(item, name, kind, 0, own == Behaviour.FAILS || own == Behaviour.FAILS_ONCE
                    ? Behaviour.NOT_WAITED_FAILS : Behaviour.NOT_WAITED, null);
        }
        if (item instanceof PreparationTask && mode == Mode.USER_DRIVEN) {
            // User-driven devices are joined and enrolled before the ESP opens; attestation is not needed.
            return new ItemPlan(item, name, kind, 0, Behaviour.NOT_NEEDED, null);
        }
        Behaviour behaviour = behaviour(item);
        if (behaviour == Behaviour.SUCCEEDS && mode == Mode.PRE_PROVISIONED_USER && item instanceof App app
                && app.getAppType() == AppType.WIN32 && scenario.startsSixMonthsAfterTechnicianFlow()) {
            return new ItemPlan(item, name, kind, minutes, Behaviour.FAILS, LATE_USER_FLOW);
        }
        return new ItemPlan(item, name, kind, minutes, behaviour, null);
    }

    // The scenario names items as model elements, so two items of one name, or a renamed item, are told apart.
    private Behaviour behaviour(TrackedItem item) {
        if (scenario.failingItems().contains(item)) {
            return Behaviour.FAILS;
        }
        if (scenario.itemsFailingOnce().contains(item)) {
            return Behaviour.FAILS_ONCE;
        }
        if (scenario.hangingItems().contains(item)) {
            return Behaviour.HANGS;
        }
        return switch (item.getSimulatedOutcome()) {
            case FAILS -> Behaviour.FAILS;
            case HANGS -> Behaviour.HANGS;
            default -> Behaviour.SUCCEEDS;
        };
    }

    private List<Node> runningPhases(CompiledFlow compiled) {
        List<Node> running = new ArrayList<>(compiled.espPhases.size());
        for (Node node : compiled.espPhases) {
            if (runs(((EspPhaseStep) node.step).getPhase())) {
                running.add(node);
            }
        }
        return running;
    }

    /**
     * Whether {@code phase} runs in this deployment mode (azure-ad-join-user-flow.md, technician-flow.md,
     * self-deploying.md).
     */
    boolean runs(EspPhaseKind phase) {
        return switch (phase) {
            case DEVICE_PREPARATION -> mode != Mode.PRE_PROVISIONED_USER;
            case DEVICE_SETUP -> true;
            case ACCOUNT_SETUP -> mode == Mode.USER_DRIVEN || mode == Mode.PRE_PROVISIONED_USER;
        };
    }

    /** Whether a person is at the device: as the scenario says, else as the flow implies. */
    boolean userPresent() {
        Boolean said = scenario.userPresent();
        return said != null ? said : mode == Mode.USER_DRIVEN || mode == Mode.PRE_PROVISIONED_USER;
    }

    List<ItemPlan> itemsOf(EspPhaseKind phase) {
        return items.getOrDefault(phase, List.of());
    }

    /** The labels of every control {@code screen} can show, in this run's Windows version. */
    List<String> buttons(Screen screen) {
        return screen.buttons(scenario.windows());
    }

    /** The labels of {@code controls} in this run's Windows version. */
    List<String> buttons(ScreenControl... controls) {
        return Screen.labels(scenario.windows(), Arrays.asList(controls));
    }

    String userName() {
        return user == null ? null : user.userPrincipalName();
    }

    /**
     * Whether a Reset leaves a device that cannot enroll through Autopilot again: the user flow of a pre-provisioned
     * device, and a self-deploying device that enrolled before its failure (pre-provision.md, self-deploying.md;
     * troubleshoot-device-enrollment.md: error 0x80180014 when it is redeployed).
     */
    boolean resetBlocksReenrollment(Node failedAt) {
        if (mode == Mode.PRE_PROVISIONED_USER) {
            return true;
        }
        // Self-deploying enrolls in Device preparation ("Register your device for mobile management").
        return mode == Mode.SELF_DEPLOYING && failedAt != null && failedAt.step instanceof EspPhaseStep phase
                && phase.getPhase() != EspPhaseKind.DEVICE_PREPARATION;
    }

    boolean needsAttestation() {
        return mode == Mode.SELF_DEPLOYING || mode == Mode.TECHNICIAN;
    }

    /** The step a failure goes to: the technician's red result screen, else the ESP error page. */
    Node failurePage() {
        return mode == Mode.TECHNICIAN ? flow.provisionFailure : flow.espError;
    }

    /** What the pre-provisioning pages say about the deployment: organization, profile and assigned user. */
    String summary() {
        String organization = scenario.organizationName() == null ? "(not set)" : scenario.organizationName();
        String profileName = profileModeled && profile.getName() != null ? profile.getName() : "(no profile modeled)";
        return "Organization: " + organization + ". Profile: " + profileName + ". Assigned user: "
                + (userName() == null ? "none" : userName()) + ".";
    }

    private static Mode mode(FlowKind kind, DeploymentProfile profile) {
        if (FlowKinds.isTechnician(kind)) {
            return Mode.TECHNICIAN;
        }
        if (FlowKinds.isPreProvisioningUserFlow(kind)) {
            return Mode.PRE_PROVISIONED_USER;
        }
        if (FlowKinds.isSelfDeploying(kind)) {
            return Mode.SELF_DEPLOYING;
        }
        if (kind != FlowKind.CUSTOM) {
            return Mode.USER_DRIVEN;
        }
        // A custom flow follows its profile's mode.
        return profile.getDeploymentMode() == DeploymentMode.SELF_DEPLOYING ? Mode.SELF_DEPLOYING : Mode.USER_DRIVEN;
    }
}
