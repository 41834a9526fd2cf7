package org.flowpilot.model.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;

/**
 * The order in which a person meets a flow's steps: from the start along the transitions, each step after every step
 * that leads to it (loops back, such as Retry, aside), a step's first transition before its others. Steps no
 * transition reaches come last, in the order they were created.
 */
public final class FlowOrder {

    private FlowOrder() {
    }

    /** The steps of {@code flow} in flow order. */
    public static List<Step> steps(Flow flow) {
        Set<Step> members = new HashSet<>(flow.getSteps());
        // Successors in the order the flow lists its transitions, which is the order they were drawn.
        Map<Step, List<Step>> successors = new HashMap<>();
        for (Transition transition : flow.getTransitions()) {
            if (members.contains(transition.getSource()) && members.contains(transition.getTarget())) {
                successors.computeIfAbsent(transition.getSource(), step -> new ArrayList<>()).add(transition.getTarget());
            }
        }
        List<Step> finished = new ArrayList<>(members.size());
        Step start = flow.getStart();
        if (start != null && members.contains(start)) {
            depthFirst(start, successors, finished);
        }
        Collections.reverse(finished);
        Set<Step> ordered = new LinkedHashSet<>(finished);
        ordered.addAll(flow.getSteps());
        return List.copyOf(ordered);
    }

    /** The transitions of {@code flow}, by the flow order of their source steps, then in the order created. */
    public static List<Transition> transitions(Flow flow) {
        Map<Step, Integer> rank = new HashMap<>();
        List<Step> order = steps(flow);
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        List<Transition> sorted = new ArrayList<>(flow.getTransitions());
        // A stable sort keeps the created order among the transitions leaving one step.
        sorted.sort(Comparator.comparingInt(t -> rank.getOrDefault(t.getSource(), Integer.MAX_VALUE)));
        return sorted;
    }

    // Iterative post-order: a flow of thousands of steps must not overflow the stack. Transitions are pushed last
    // first, so a step's first transition is explored last and its target lands right after the step once reversed.
    private static void depthFirst(Step start, Map<Step, List<Step>> successors, List<Step> finished) {
        Set<Step> visited = new HashSet<>();
        Deque<Step> path = new ArrayDeque<>();
        Deque<Iterator<Step>> pending = new ArrayDeque<>();
        visited.add(start);
        path.push(start);
        pending.push(lastFirst(successors, start));
        while (!path.isEmpty()) {
            Iterator<Step> next = pending.peek();
            if (next.hasNext()) {
                Step successor = next.next();
                if (visited.add(successor)) {
                    path.push(successor);
                    pending.push(lastFirst(successors, successor));
                }
            } else {
                finished.add(path.pop());
                pending.pop();
            }
        }
    }

    private static Iterator<Step> lastFirst(Map<Step, List<Step>> successors, Step step) {
        List<Step> targets = new ArrayList<>(successors.getOrDefault(step, List.of()));
        Collections.reverse(targets);
        return targets.iterator();
    }
}
