package org.flowpilot.diagram.internal.flow;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.flowpilot.diagram.internal.common.DiagramState;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;

import com.google.inject.Inject;

/**
 * Deletes steps with the transitions that join them to others, and transitions. Tracked items are not deleted here:
 * they belong to the Enrollment Status Page, not to the flow.
 */
public class FlowDeleteHandler extends BasicOperationHandler<DeleteOperation> {

    @Inject
    private DiagramState state;

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        Flow flow = (Flow) state.semanticRoot();
        Set<EObject> doomed = new LinkedHashSet<>();
        Set<String> forgotten = new LinkedHashSet<>();
        for (String id : operation.getElementIds()) {
            EObject element = state.element(id);
            if (element instanceof Step step && step.eContainer() == flow) {
                doomed.add(step);
                doomed.addAll(step.getIncoming());
                doomed.addAll(step.getOutgoing());
                forgotten.add(id);
            } else if (element instanceof Transition transition && transition.eContainer() == flow) {
                doomed.add(transition);
            }
        }
        if (doomed.isEmpty()) {
            return doNothing();
        }
        CompoundCommand delete = new CompoundCommand("Delete");
        delete.append(DeleteCommand.create(state.model().editingDomain(), doomed));
        Command forget = state.forgetLayout(forgotten, doomed.stream().filter(Transition.class::isInstance)
                .map(state::idOf).toList());
        if (forget != null) {
            delete.append(forget);
        }
        return Optional.of(delete);
    }
}
