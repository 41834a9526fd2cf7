package org.flowpilot.diagram.internal.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.ChangeLayoutCommand;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.diagram.layout.Route;

import com.google.inject.Inject;

/**
 * Moves and resizes nodes: the new bounds go to the layout sidecar, with the new routes of the connections that had
 * to be routed again, through one undoable command.
 */
public class MoveHandler extends BasicOperationHandler<ChangeBoundsOperation> {

    @Inject
    private DiagramState state;

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        Map<String, Bounds> placements = new LinkedHashMap<>();
        for (ElementAndBounds change : operation.getNewBounds()) {
            Optional<GNode> node = state.getIndex().getByClass(change.getElementId(), GNode.class);
            // Only top-level nodes have a place of their own; tracked items sit where their phase lists them.
            if (node.isEmpty() || node.get().getParent() != state.getRoot()) {
                continue;
            }
            GNode current = node.get();
            double x = change.getNewPosition() != null ? change.getNewPosition().getX() : current.getPosition().getX();
            double y = change.getNewPosition() != null ? change.getNewPosition().getY() : current.getPosition().getY();
            double width = change.getNewSize() != null ? change.getNewSize().getWidth() : current.getSize().getWidth();
            double height = change.getNewSize() != null ? change.getNewSize().getHeight()
                    : current.getSize().getHeight();
            placements.put(change.getElementId(), new Bounds(x, y, Math.max(80, width), Math.max(40, height)));
        }
        if (placements.isEmpty()) {
            return doNothing();
        }
        boolean resize = operation.getNewBounds().stream().anyMatch(b -> b.getNewSize() != null
                && state.getIndex().getByClass(b.getElementId(), GNode.class)
                        .map(n -> n.getSize().getWidth() != b.getNewSize().getWidth()
                                || n.getSize().getHeight() != b.getNewSize().getHeight())
                        .orElse(false));
        CompoundCommand move = new CompoundCommand(resize ? "Resize" : "Move");
        // The first move of a diagram laid out by ELK keeps the other elements where they are seen.
        Command keep = state.keepShownLayout();
        if (keep != null) {
            move.append(keep);
        }
        // The moved boxes' connections, and any other a box now sits on, are routed again around the boxes.
        Map<String, Route> routes = state.shownArrangement() == null ? Map.of()
                : Placements.reroute(state.shownArrangement(), state.shownInput(), placements);
        move.append(new ChangeLayoutCommand(resize ? "Resize" : "Move", state.model().layout(), state.diagramId(),
                new DiagramLayout.Change(placements, routes)));
        return Optional.of(move);
    }
}
