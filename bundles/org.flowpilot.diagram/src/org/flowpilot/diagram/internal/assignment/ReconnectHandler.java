package org.flowpilot.diagram.internal.assignment;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.flowpilot.diagram.internal.common.DiagramState;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Group;

import com.google.inject.Inject;

/**
 * Moves an end of an assignment diagram edge: an assignment to another group or configuration, a membership to another
 * group or member, an assigned user to another user or device.
 */
public class ReconnectHandler extends BasicOperationHandler<ReconnectEdgeOperation> {

    @Inject
    private DiagramState state;

    @Override
    public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
        EditingDomain domain = state.model().editingDomain();
        EObject source = state.element(operation.getSourceElementId());
        EObject target = state.element(operation.getTargetElementId());
        String edgeId = operation.getEdgeElementId();
        CompoundCommand reconnect = new CompoundCommand("Reconnect");
        if (state.element(edgeId) instanceof Assignment assignment) {
            if (!(source instanceof AssignableConfiguration configuration) || !(target instanceof Group group)) {
                return doNothing();
            }
            if (assignment.eContainer() != configuration) {
                // Another configuration: the assignment moves, as delete here and assign there.
                reconnect.append(DeleteCommand.create(domain, assignment));
                reconnect.append(Connections.assign(domain, configuration, group, assignment.getIntent()));
            } else if (assignment.getGroup() != group) {
                reconnect.append(SetCommand.create(domain, assignment, FlowpilotPackage.Literals.ASSIGNMENT__GROUP,
                        group));
            }
        } else if (edgeId.startsWith("member:")) {
            String[] parts = edgeId.split(":");
            if (parts.length != 3 || !(state.element(parts[1]) instanceof Group oldGroup)) {
                return doNothing();
            }
            EObject oldMember = state.element(parts[2]);
            if (oldGroup == source && oldMember == target) {
                return doNothing();
            }
            reconnect.append(Connections.removeMember(domain, oldGroup, oldMember));
            reconnect.append(Connections.addMember(domain, source, target));
        } else if (edgeId.startsWith("assigned-user:")) {
            EObject oldDevice = state.element(edgeId.substring("assigned-user:".length()));
            if (oldDevice != source) {
                reconnect.append(Connections.assignUser(domain, oldDevice, null));
            }
            reconnect.append(Connections.assignUser(domain, source, target));
        }
        return reconnect.isEmpty() || !reconnect.canExecute() ? doNothing() : Optional.of(reconnect);
    }
}
