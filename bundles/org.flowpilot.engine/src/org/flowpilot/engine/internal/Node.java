package org.flowpilot.engine.internal;

import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.model.Condition;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;

/** A step of a prepared flow with its outgoing edges resolved, or a step the engine adds. */
final class Node {

    record Edge(Transition transition, Condition guard, boolean otherwise, boolean onOutcome, Node target) {
    }

    final Step step;
    final StepKind kind;
    final String elementId;
    final String name;
    final ScreenKind screen;
    final boolean beforeProfileDownload;
    Edge[] edges = new Edge[0];
    boolean hasOutcomeEdges;
    StepExecutor executor;
    StepHandler handler;

    Node(Step step, StepKind kind, String elementId, String name, ScreenKind screen, boolean beforeProfileDownload) {
        this.step = step;
        this.kind = kind;
        this.elementId = elementId;
        this.name = name;
        this.screen = screen;
        this.beforeProfileDownload = beforeProfileDownload;
    }

    /** A step the engine adds, such as the ESP error page. */
    static Node added(StepKind kind, String name) {
        Node node = new Node(null, kind, kind.engineElementId(), name, null, false);
        node.handler = StepHandlers.of(node);
        return node;
    }
}
