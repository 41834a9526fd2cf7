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
        long start = System.nanoTime();
        long cpu = Timings.cpu();
        return state.model().access().call(() -> {
            long locked = System.nanoTime();
            Optional<Command> command = handler.execute(operation);
            command.ifPresent(state::execute);
            Timings.report("operation %s, %.1f ms (%.1f ms waiting for the model), CPU %.1f ms", operation.getKind(),
                    Timings.since(start), (locked - start) / 1e6, (Timings.cpu() - cpu) / 1e6);
            return none();
        });
    }
}
