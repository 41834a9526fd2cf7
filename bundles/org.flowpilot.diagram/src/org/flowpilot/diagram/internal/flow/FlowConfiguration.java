package org.flowpilot.diagram.internal.flow;

import java.util.List;

import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/** What the flow diagram's client may do with which element: the server sizes everything; layout is on demand. */
public class FlowConfiguration extends BaseDiagramConfiguration {

    private static final List<String> STEPS = List.of(FlowTypes.STEP, FlowTypes.UNKNOWN_STEP, FlowTypes.ESP_PHASE);

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(new ShapeTypeHint(FlowTypes.STEP, true, true, true, false),
                new ShapeTypeHint(FlowTypes.UNKNOWN_STEP, true, true, true, false),
                new ShapeTypeHint(FlowTypes.ESP_PHASE, true, true, true, false),
                new ShapeTypeHint(FlowTypes.TRACKED_ITEM, false, false, false, false));
    }

    // Repositionable edges can have their ends dragged to other nodes (reconnect); their routes are not edited:
    // the server routes them around the nodes.
    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(new EdgeTypeHint(FlowTypes.TRANSITION, true, true, false, STEPS, STEPS));
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
