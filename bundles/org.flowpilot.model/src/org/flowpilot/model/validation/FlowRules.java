package org.flowpilot.model.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowpilot.model.CustomStep;
import org.flowpilot.model.DesktopStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.ResealStep;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;
import org.flowpilot.model.WindowsSignOnStep;

/** The structural rules of a flow graph: a start, reachability, dead ends, guard overlaps and inescapable cycles. */
final class FlowRules {

    private FlowRules() {
    }

    static void check(Flow flow, Findings findings) {
        String flowName = Findings.describe(flow);
        for (Transition transition : flow.getTransitions()) {
            if (transition.getSource() == null || transition.getTarget() == null
                    || !flow.getSteps().contains(transition.getSource())
                    || !flow.getSteps().contains(transition.getTarget())) {
                findings.report(Rule.FLOW_TRANSITION_ENDS, transition, "A transition in " + flowName
                        + " does not join two steps of this flow: connect both of its ends to steps of the flow.");
            }
        }
        for (Step step : flow.getSteps()) {
            if (step instanceof CustomStep custom) {
                if (custom.getExtensionTypeId() == null || custom.getExtensionTypeId().isBlank()) {
                    findings.report(Rule.FLOW_CUSTOM_STEP_TYPE, step, Findings.describe(step) + " in " + flowName
                            + " has no extension type id: set the id of the step type its extension contributes.");
                }
            } else if (step.getSourceDocument() == null || step.getSourceDocument().isBlank()) {
                findings.report(Rule.FLOW_STEP_SOURCE_DOCUMENT, step, Findings.describe(step) + " in " + flowName
                        + " does not record its source document: set the Microsoft Learn page it comes from.");
            }
        }
        Step start = flow.getStart();
        if (start == null || !flow.getSteps().contains(start)) {
            findings.report(Rule.FLOW_HAS_NO_START, flow, flowName
                    + " has no start step: set its start to the first step (usually Power on).");
        } else {
            Set<Step> reachable = reachableFrom(start);
            for (Step step : flow.getSteps()) {
                if (!reachable.contains(step)) {
                    findings.report(Rule.FLOW_UNREACHABLE_STEP, step, Findings.describe(step) + " in " + flowName
                            + " cannot be reached from the start: add a transition to it or delete it.");
                }
            }
        }
        for (Step step : flow.getSteps()) {
            List<Transition> outgoing = outgoing(step);
            if (outgoing.isEmpty() && !isEnd(step)) {
                findings.report(Rule.FLOW_DEAD_END, step, Findings.describe(step) + " in " + flowName
                        + " has no way out and is not an end step (desktop, Windows sign-on or reseal):"
                        + " add a transition from it.");
            }
            for (int i = 0; i < outgoing.size(); i++) {
                for (int j = i + 1; j < outgoing.size(); j++) {
                    if (GuardOverlap.overlap(outgoing.get(i).getGuard(), outgoing.get(j).getGuard())) {
                        findings.report(Rule.FLOW_OVERLAPPING_GUARDS, step, "Two transitions leaving "
                                + Findings.describe(step) + " in " + flowName + " (to " + name(outgoing.get(i).getTarget())
                                + " and to " + name(outgoing.get(j).getTarget()) + ") can both be taken:"
                                + " make their guards exclusive, or use 'otherwise' on one of them.");
                    }
                }
            }
        }
        for (Set<Step> component : cyclesWithoutExit(flow)) {
            findings.report(Rule.FLOW_CYCLE_WITHOUT_EXIT, flow, flowName + " has a cycle with no way out through "
                    + component.stream().map(FlowRules::name).toList()
                    + ": add a transition that leaves the cycle, such as one guarded by a step outcome.");
        }
    }

    private static String name(NamedElement element) {
        return element == null ? "nothing" : "'" + element.getName() + "'";
    }

    private static boolean isEnd(Step step) {
        return step instanceof DesktopStep || step instanceof WindowsSignOnStep || step instanceof ResealStep;
    }

    // Steps hold their outgoing transitions through a transient opposite; a transition outside the flow is ignored.
    private static List<Transition> outgoing(Step step) {
        return step.getOutgoing().stream().filter(t -> t.eContainer() == step.eContainer() && t.getTarget() != null)
                .toList();
    }

    private static Set<Step> reachableFrom(Step start) {
        Set<Step> reached = new LinkedHashSet<>();
        Deque<Step> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            Step step = pending.pop();
            if (reached.add(step)) {
                outgoing(step).forEach(transition -> pending.push(transition.getTarget()));
            }
        }
        return reached;
    }

    /** Strongly connected components that hold a cycle and have no transition leaving them (Tarjan's algorithm). */
    private static List<Set<Step>> cyclesWithoutExit(Flow flow) {
        Tarjan tarjan = new Tarjan();
        for (Step step : flow.getSteps()) {
            if (!tarjan.index.containsKey(step)) {
                tarjan.visit(step);
            }
        }
        List<Set<Step>> trapped = new ArrayList<>();
        for (Set<Step> component : tarjan.components) {
            boolean cyclic = component.size() > 1 || component.stream()
                    .anyMatch(step -> outgoing(step).stream().anyMatch(t -> t.getTarget() == step));
            boolean exits = component.stream().flatMap(step -> outgoing(step).stream())
                    .anyMatch(t -> !component.contains(t.getTarget()));
            if (cyclic && !exits) {
                trapped.add(component);
            }
        }
        return trapped;
    }

    private static final class Tarjan {
        final Map<Step, Integer> index = new HashMap<>();
        final Map<Step, Integer> lowLink = new HashMap<>();
        final Deque<Step> stack = new ArrayDeque<>();
        final Set<Step> onStack = new HashSet<>();
        final List<Set<Step>> components = new ArrayList<>();

        void visit(Step step) {
            index.put(step, index.size());
            lowLink.put(step, index.get(step));
            stack.push(step);
            onStack.add(step);
            for (Transition transition : outgoing(step)) {
                Step next = transition.getTarget();
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(step, Math.min(lowLink.get(step), lowLink.get(next)));
                } else if (onStack.contains(next)) {
                    lowLink.put(step, Math.min(lowLink.get(step), index.get(next)));
                }
            }
            if (lowLink.get(step).equals(index.get(step))) {
                Set<Step> component = new LinkedHashSet<>();
                Step member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (member != step);
                components.add(component);
            }
        }
    }
}
