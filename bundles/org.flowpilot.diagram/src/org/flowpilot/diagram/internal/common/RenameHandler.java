package org.flowpilot.diagram.internal.common;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.NamedElement;

import com.google.inject.Inject;

/** Renames an element in place: its name label edited on the diagram sets its name. */
public class RenameHandler extends BasicOperationHandler<ApplyLabelEditOperation> {

    @Inject
    private DiagramState state;

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        EObject element = state.element(Shapes.elementIdOf(operation.getLabelId()));
        String name = operation.getText() == null ? "" : operation.getText().strip();
        if (!(element instanceof NamedElement named) || name.isEmpty() || name.equals(named.getName())) {
            return doNothing();
        }
        return Optional.of(SetCommand.create(state.model().editingDomain(), element,
                FlowpilotPackage.Literals.NAMED_ELEMENT__NAME, name));
    }
}
