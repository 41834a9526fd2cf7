package org.flowpilot.diagram.internal.assignment;

import java.util.List;

import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/** Which edges may join which nodes in the assignment diagram; the server sizes everything, layout on demand. */
public class AssignmentConfiguration extends BaseDiagramConfiguration {

    private static final List<String> CONFIGURATIONS = List.of(AssignmentTypes.PROFILE, AssignmentTypes.ESP);
    private static final List<String> GROUPS = List.of(AssignmentTypes.GROUP);
    private static final List<String> MEMBERS = List.of(AssignmentTypes.DEVICE, AssignmentTypes.USER);

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(AssignmentTypes.PROFILE, AssignmentTypes.ESP, AssignmentTypes.GROUP, AssignmentTypes.DEVICE,
                AssignmentTypes.USER).stream().map(type -> new ShapeTypeHint(type, true, true, true, false)).toList();
    }

    // Repositionable edges can have their ends dragged to other nodes (reconnect); their routes are not edited:
    // the server routes them around the nodes.
    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(new EdgeTypeHint(AssignmentTypes.ASSIGNMENT, true, true, false, CONFIGURATIONS, GROUPS),
                new EdgeTypeHint(AssignmentTypes.EXCLUSION, true, true, false, CONFIGURATIONS, GROUPS),
                new EdgeTypeHint(AssignmentTypes.MEMBER, true, true, false, GROUPS, MEMBERS),
                new EdgeTypeHint(AssignmentTypes.ASSIGNED_USER, true, true, false, List.of(AssignmentTypes.DEVICE),
                        List.of(AssignmentTypes.USER)));
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
