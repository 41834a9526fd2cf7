package org.flowpilot.diagram.internal.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.flowpilot.diagram.internal.common.DiagramState;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Device;
import org.flowpilot.model.Group;
import org.flowpilot.model.NamedElement;

import com.google.inject.Inject;

/**
 * Deletes elements (a deleted group takes the assignments to it along) and edges: an assignment, a membership, an
 * assigned user. Flows and scenarios that name a deleted device keep their other data; validation then reports them.
 */
public class AssignmentDeleteHandler extends BasicOperationHandler<DeleteOperation> {

    @Inject
    private DiagramState state;

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        EditingDomain domain = state.model().editingDomain();
        AutopilotModel model = (AutopilotModel) state.semanticRoot();
        Set<EObject> doomed = new LinkedHashSet<>();
        Set<String> forgotten = new LinkedHashSet<>();
        Set<String> forgottenEdges = new LinkedHashSet<>(operation.getElementIds());
        CompoundCommand delete = new CompoundCommand("Delete");
        for (String id : operation.getElementIds()) {
            EObject element = state.element(id);
            if (element instanceof Assignment assignment) {
                doomed.add(assignment);
            } else if (element instanceof NamedElement named && named.eContainer() == model) {
                doomed.add(named);
                forgotten.add(id);
                if (named instanceof Group group) {
                    for (AssignableConfiguration configuration : configurations(model)) {
                        configuration.getAssignments().stream().filter(a -> a.getGroup() == group)
                                .forEach(doomed::add);
                    }
                }
            } else if (id.startsWith("member:")) {
                String[] parts = id.split(":");
                if (parts.length == 3 && state.element(parts[1]) instanceof Group group) {
                    delete.append(Connections.removeMember(domain, group, state.element(parts[2])));
                }
            } else if (id.startsWith("assigned-user:")
                    && state.element(id.substring("assigned-user:".length())) instanceof Device device) {
                delete.append(Connections.assignUser(domain, device, null));
            }
        }
        if (!doomed.isEmpty()) {
            delete.append(DeleteCommand.create(domain, doomed));
        }
        Command forget = state.forgetLayout(forgotten, forgottenEdges);
        if (forget != null) {
            delete.append(forget);
        }
        return delete.isEmpty() ? doNothing() : Optional.of(delete);
    }

    private static List<AssignableConfiguration> configurations(AutopilotModel model) {
        List<AssignableConfiguration> all = new ArrayList<>(model.getProfiles());
        all.addAll(model.getEnrollmentStatusPages());
        return all;
    }
}
