package org.flowpilot.diagram.internal.assignment;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.flowpilot.diagram.internal.common.DiagramState;
import org.flowpilot.model.AssignmentIntent;

import com.google.inject.Inject;

/** Draws assignments (included or excluded), group membership and a device's assigned user. */
public class CreateConnectionHandler extends BasicOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Inject
    private DiagramState state;

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(AssignmentTypes.ASSIGNMENT, AssignmentTypes.EXCLUSION, AssignmentTypes.MEMBER,
                AssignmentTypes.ASSIGNED_USER);
    }

    @Override
    public boolean handles(Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        EObject source = state.element(operation.getSourceElementId());
        EObject target = state.element(operation.getTargetElementId());
        EditingDomain domain = state.model().editingDomain();
        Command command = switch (operation.getElementTypeId()) {
            case AssignmentTypes.ASSIGNMENT -> Connections.assign(domain, source, target, AssignmentIntent.INCLUDED);
            case AssignmentTypes.EXCLUSION -> Connections.assign(domain, source, target, AssignmentIntent.EXCLUDED);
            case AssignmentTypes.MEMBER -> Connections.addMember(domain, source, target);
            case AssignmentTypes.ASSIGNED_USER -> Connections.assignUser(domain, source, target);
            default -> null;
        };
        return command == null || !command.canExecute() ? doNothing() : Optional.of(command);
    }
}
