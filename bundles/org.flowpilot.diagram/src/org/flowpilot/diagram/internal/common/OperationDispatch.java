package org.flowpilot.diagram.internal.common;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

import com.google.inject.Inject;

/**
 * Runs operation handlers where the model may be changed, and leaves redrawing to the command stack listener, which
 * redraws every diagram of the model once, this one included.
 */
public class OperationDispatch extends OperationActionHandler {

    @Inject
    private DiagramState state;

    @Override
    protected List<Action> executeHandler(Operation operation, OperationHandler<?> handler) {
        return state.model().access().call(() -> {
            Optional<Command> command = handler.execute(operation);
            command.ifPresent(state::execute);
            return none();
        });
    }
}
