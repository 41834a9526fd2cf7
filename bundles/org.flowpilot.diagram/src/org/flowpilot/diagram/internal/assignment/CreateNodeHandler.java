package org.flowpilot.diagram.internal.assignment;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.flowpilot.diagram.internal.common.DiagramState;
import org.flowpilot.diagram.internal.common.PlaceElementCommand;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.NamedElement;

import com.google.inject.Inject;

/** Creates profiles, ESP configurations, groups, devices and users from the palette where they are dropped. */
public class CreateNodeHandler extends BasicOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Inject
    private DiagramState state;

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(AssignmentTypes.CREATE_PROFILE, AssignmentTypes.CREATE_ESP,
                AssignmentTypes.CREATE_DEVICE_GROUP, AssignmentTypes.CREATE_USER_GROUP, AssignmentTypes.CREATE_DEVICE,
                AssignmentTypes.CREATE_USER);
    }

    @Override
    public boolean handles(Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        FlowpilotFactory factory = FlowpilotFactory.eINSTANCE;
        NamedElement element;
        EReference feature;
        switch (operation.getElementTypeId()) {
            case AssignmentTypes.CREATE_PROFILE -> {
                element = factory.createDeploymentProfile();
                element.setName("New deployment profile");
                feature = FlowpilotPackage.Literals.AUTOPILOT_MODEL__PROFILES;
            }
            case AssignmentTypes.CREATE_ESP -> {
                element = factory.createEnrollmentStatusPage();
                element.setName("New Enrollment Status Page");
                feature = FlowpilotPackage.Literals.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES;
            }
            case AssignmentTypes.CREATE_DEVICE_GROUP, AssignmentTypes.CREATE_USER_GROUP -> {
                Group group = factory.createGroup();
                boolean users = AssignmentTypes.CREATE_USER_GROUP.equals(operation.getElementTypeId());
                group.setKind(users ? GroupKind.USER_GROUP : GroupKind.DEVICE_GROUP);
                group.setName(users ? "New user group" : "New device group");
                element = group;
                feature = FlowpilotPackage.Literals.AUTOPILOT_MODEL__GROUPS;
            }
            case AssignmentTypes.CREATE_DEVICE -> {
                element = factory.createDevice();
                element.setName("NEW-DEVICE");
                feature = FlowpilotPackage.Literals.AUTOPILOT_MODEL__DEVICES;
            }
            case AssignmentTypes.CREATE_USER -> {
                element = factory.createUser();
                element.setName("New user");
                feature = FlowpilotPackage.Literals.AUTOPILOT_MODEL__USERS;
            }
            default -> {
                return doNothing();
            }
        }
        EObject model = state.semanticRoot();
        CompoundCommand create = new CompoundCommand("Create " + element.getName());
        create.append(AddCommand.create(state.model().editingDomain(), model, feature, element));
        GPoint at = operation.getLocation().orElse(null);
        if (at != null) {
            Command keep = state.keepShownLayout();
            if (keep != null) {
                create.append(keep);
            }
            create.append(new PlaceElementCommand(state.model(), state.diagramId(), element,
                    new Bounds(at.getX(), at.getY(), AssignmentFactory.WIDTH, AssignmentFactory.HEIGHT)));
        }
        return Optional.of(create);
    }
}
