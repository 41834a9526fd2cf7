package org.flowpilot.diagram.internal.flow;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.flowpilot.diagram.internal.common.DiagramState;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;

import com.google.inject.Inject;

/** Connects two steps with a new transition without a guard; its guard is set in the Properties view. */
public class CreateTransitionHandler extends BasicOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Inject
    private DiagramState state;

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(FlowTypes.TRANSITION);
    }

    @Override
    public boolean handles(Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        Flow flow = (Flow) state.semanticRoot();
        if (!(state.element(operation.getSourceElementId()) instanceof Step source) || source.eContainer() != flow
                || !(state.element(operation.getTargetElementId()) instanceof Step target)
                || target.eContainer() != flow) {
            return doNothing();
        }
        EditingDomain domain = state.model().editingDomain();
        Transition transition = FlowpilotFactory.eINSTANCE.createTransition();
        CompoundCommand create = new CompoundCommand("Create transition");
        // The ends are set by commands after the transition is in the flow, so Undo also takes it out of the
        // steps' outgoing and incoming lists.
        create.append(AddCommand.create(domain, flow, FlowpilotPackage.Literals.FLOW__TRANSITIONS, transition));
        create.append(SetCommand.create(domain, transition, FlowpilotPackage.Literals.TRANSITION__SOURCE, source));
        create.append(SetCommand.create(domain, transition, FlowpilotPackage.Literals.TRANSITION__TARGET, target));
        return Optional.of(create);
    }
}
