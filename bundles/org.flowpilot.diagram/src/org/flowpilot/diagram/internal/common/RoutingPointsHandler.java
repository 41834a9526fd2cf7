package org.flowpilot.diagram.internal.common;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * The routing points a client sends after dragging a node (the line it drew while dragging) change nothing: the
 * server routes connections around the boxes itself, when it stores the move.
 */
public class RoutingPointsHandler extends BasicOperationHandler<ChangeRoutingPointsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
        return doNothing();
    }
}
