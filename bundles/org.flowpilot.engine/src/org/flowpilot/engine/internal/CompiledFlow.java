package org.flowpilot.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.model.Condition;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.DesktopStep;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.MfaStep;
import org.flowpilot.model.NetworkCheckStep;
import org.flowpilot.model.OtherwiseCondition;
import org.flowpilot.model.PowerOnStep;
import org.flowpilot.model.ProvisioningMenuStep;
import org.flowpilot.model.RebootStep;
import org.flowpilot.model.ResealStep;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.SignInStep;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcomeCondition;
import org.flowpilot.model.Transition;
import org.flowpilot.model.WindowsSignOnStep;

/** A flow indexed for execution: nodes with their edges in the flow's transition order. */
public final class CompiledFlow implements PreparedFlow {

    final Flow flow;
    final Node start;
    final Node espError = Node.added(StepKind.ESP_ERROR, "Enrollment Status Page error");
    final Node provisionFailure = Node.added(StepKind.PROVISION_FAILURE, "Pre-provisioning failed (red screen)");
    final Node extensionFailure = Node.added(StepKind.EXTENSION_FAILURE, "Extension failure");
    final ExtensionCalls calls;
    /** The contributions this flow was prepared with, which its runs keep. */
    final Extensions extensions;
    final boolean hasNetworkScreen;
    final boolean hasProvisioningMenuScreen;
    final List<GuardCondition> guardConditions;
    /** The ESP phase steps, in the flow's order of steps. */
    final List<Node> espPhases;
    final Map<String, GuardCondition> guardsByType = new HashMap<>();
    /** Why contributions were left out: each could not say its type id. */
    final List<String> leftOut = new ArrayList<>();
    private final Map<Step, Node> nodes = new IdentityHashMap<>();

    /**
     * Prepares {@code flow} with a snapshot of {@code extensions}, calling contributed code through {@code calls};
     * fails with a message naming the flow when it has no start step. A contribution that cannot say its type id
     * is left out.
     */
    public CompiledFlow(Flow flow, Extensions contributed, ExtensionCalls calls) {
        this.flow = flow;
        this.calls = calls;
        this.extensions = contributed.snapshot();
        if (flow.getStart() == null || !flow.getSteps().contains(flow.getStart())) {
            throw new IllegalArgumentException("Flow '" + flow.getName() + "' has no start step among its steps");
        }
        Map<String, StepExecutor> executors = new HashMap<>();
        for (StepExecutor executor : extensions.stepExecutors()) {
            String type = typeId(executor, executor::typeId);
            if (type != null && !type.isEmpty()) {
                executors.putIfAbsent(type, executor);
            }
        }
        List<GuardCondition> conditions = new ArrayList<>();
        for (GuardCondition guard : extensions.guardConditions()) {
            String type = typeId(guard, guard::typeId);
            if (type != null && !type.isEmpty()) {
                guardsByType.putIfAbsent(type, guard);
            }
            if (type != null) {
                conditions.add(guard);
            }
        }
        guardConditions = List.copyOf(conditions);
        boolean networkScreen = false;
        boolean menuScreen = false;
        List<Node> phases = new ArrayList<>();
        for (Step step : flow.getSteps()) {
            Node node = node(step);
            if (node.kind == StepKind.ESP_PHASE) {
                phases.add(node);
            }
            if (node.executor == null && step instanceof CustomStep custom) {
                node.executor = executors.get(custom.getExtensionTypeId());
            }
            node.handler = StepHandlers.of(node);
            networkScreen |= node.screen == ScreenKind.NETWORK_CONNECTION;
            menuScreen |= node.screen == ScreenKind.PROVISIONING_MENU;
            nodes.put(step, node);
        }
        espPhases = List.copyOf(phases);
        hasNetworkScreen = networkScreen;
        hasProvisioningMenuScreen = menuScreen;
        Map<Node, List<Node.Edge>> edges = new IdentityHashMap<>();
        for (Transition transition : flow.getTransitions()) {
            Node source = nodes.get(transition.getSource());
            Node target = nodes.get(transition.getTarget());
            if (source == null || target == null) {
                continue;
            }
            Condition guard = transition.getGuard();
            boolean onOutcome = mentionsOutcome(guard);
            edges.computeIfAbsent(source, key -> new ArrayList<>())
                    .add(new Node.Edge(transition, guard, guard instanceof OtherwiseCondition, onOutcome, target));
            source.hasOutcomeEdges |= onOutcome;
        }
        edges.forEach((node, list) -> node.edges = list.toArray(Node.Edge[]::new));
        start = nodes.get(flow.getStart());
    }

    @Override
    public Flow flow() {
        return flow;
    }

    /** Whether this flow was prepared with {@code current} (a snapshot) and {@code engineCalls}. */
    public boolean preparedWith(Extensions current, ExtensionCalls engineCalls) {
        return extensions == current && calls == engineCalls;
    }

    // The type id of a contribution, "" for a guard without one, or null when it cannot say: then it is left out.
    private String typeId(Object contribution, Callable<String> typeId) {
        try {
            String type = calls.call(contribution, "saying its type id", typeId);
            return type == null ? "" : type;
        } catch (ExtensionFailure e) {
            leftOut.add(e.getMessage());
            return null;
        }
    }

    Node nodeOf(Step step) {
        return nodes.get(step);
    }

    private static boolean mentionsOutcome(EObject guard) {
        if (guard == null) {
            return false;
        }
        if (guard instanceof StepOutcomeCondition) {
            return true;
        }
        for (EObject child : guard.eContents()) {
            if (mentionsOutcome(child)) {
                return true;
            }
        }
        return false;
    }

    private static Node node(Step step) {
        String name = step.getName() == null ? step.eClass().getName() : step.getName();
        if (step instanceof ScreenStep screen) {
            return new Node(step, StepKind.SCREEN, ElementIds.of(step), name, screen.getScreen(),
                    shownBeforeProfileDownload(screen));
        }
        StepKind kind;
        if (step instanceof PowerOnStep) {
            kind = StepKind.POWER_ON;
        } else if (step instanceof NetworkCheckStep) {
            kind = StepKind.NETWORK_CHECK;
        } else if (step instanceof SignInStep) {
            kind = StepKind.SIGN_IN;
        } else if (step instanceof MfaStep) {
            kind = StepKind.MFA;
        } else if (step instanceof EspPhaseStep) {
            kind = StepKind.ESP_PHASE;
        } else if (step instanceof RebootStep) {
            kind = StepKind.REBOOT;
        } else if (step instanceof ProvisioningMenuStep) {
            kind = StepKind.WINDOWS_KEY;
        } else if (step instanceof ResealStep) {
            kind = StepKind.RESEAL;
        } else if (step instanceof WindowsSignOnStep) {
            kind = StepKind.WINDOWS_SIGN_ON;
        } else if (step instanceof DesktopStep) {
            kind = StepKind.DESKTOP;
        } else {
            kind = StepKind.CUSTOM;
        }
        return new Node(step, kind, ElementIds.of(step), name, null, false);
    }

    // Read reflectively: the flag is newer than some models, and a model without it behaves as if it were false.
    private static boolean shownBeforeProfileDownload(ScreenStep screen) {
        EStructuralFeature feature = screen.eClass().getEStructuralFeature("shownBeforeProfileDownload");
        return feature != null && Boolean.TRUE.equals(screen.eGet(feature));
    }
}
