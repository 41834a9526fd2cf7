package org.flowpilot.diagram.internal.flow;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.flowpilot.diagram.internal.common.DiagramState;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;

import com.google.inject.Inject;

/** Moves an end of a transition to another step of the flow; its guard stays. */
public class ReconnectTransitionHandler extends BasicOperationHandler<ReconnectEdgeOperation> {

    @Inject
    private DiagramState state;

    @Override
    public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
        Flow flow = (Flow) state.semanticRoot();
        if (!(state.element(operation.getEdgeElementId()) instanceof Transition transition)
                || !(state.element(operation.getSourceElementId()) instanceof Step source)
                || !(state.element(operation.getTargetElementId()) instanceof Step target)
                || source.eContainer() != flow || target.eContainer() != flow) {
            return doNothing();
        }
        EditingDomain domain = state.model().editingDomain();
        CompoundCommand reconnect = new CompoundCommand("Reconnect transition");
        if (transition.getSource() != source) {
            reconnect.append(SetCommand.create(domain, transition, FlowpilotPackage.Literals.TRANSITION__SOURCE,
                    source));
        }
        if (transition.getTarget() != target) {
            reconnect.append(SetCommand.create(domain, transition, FlowpilotPackage.Literals.TRANSITION__TARGET,
                    target));
        }
        return reconnect.isEmpty() ? doNothing() : Optional.of(reconnect);
    }
}
