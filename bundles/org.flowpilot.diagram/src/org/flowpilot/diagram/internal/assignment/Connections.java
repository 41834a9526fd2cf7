package org.flowpilot.diagram.internal.assignment;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.Device;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.User;

/** The commands behind the assignment diagram's edges: assign, add a member, set a device's user, and undo them. */
final class Connections {

    private Connections() {
    }

    /** Assigns {@code configuration} to {@code group}, included or excluded. */
    static Command assign(EditingDomain domain, EObject configuration, EObject group, AssignmentIntent intent) {
        if (!(configuration instanceof AssignableConfiguration assignable) || !(group instanceof Group)) {
            return UnexecutableCommand.INSTANCE;
        }
        Assignment assignment = FlowpilotFactory.eINSTANCE.createAssignment();
        assignment.setIntent(intent);
        CompoundCommand command = new CompoundCommand(intent == AssignmentIntent.EXCLUDED ? "Exclude group"
                : "Assign to group");
        command.append(AddCommand.create(domain, assignable,
                FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS, assignment));
        command.append(SetCommand.create(domain, assignment, FlowpilotPackage.Literals.ASSIGNMENT__GROUP, group));
        return command;
    }

    /** Adds {@code member} to {@code group}: devices to device groups, users to user groups. */
    static Command addMember(EditingDomain domain, EObject group, EObject member) {
        if (group instanceof Group g && member instanceof Device && g.getKind() == GroupKind.DEVICE_GROUP
                && !g.getDevices().contains(member)) {
            return AddCommand.create(domain, g, FlowpilotPackage.Literals.GROUP__DEVICES, member);
        }
        if (group instanceof Group g && member instanceof User && g.getKind() == GroupKind.USER_GROUP
                && !g.getUsers().contains(member)) {
            return AddCommand.create(domain, g, FlowpilotPackage.Literals.GROUP__USERS, member);
        }
        return UnexecutableCommand.INSTANCE;
    }

    /** Takes {@code member} out of {@code group}. */
    static Command removeMember(EditingDomain domain, Group group, EObject member) {
        return RemoveCommand.create(domain, group, member instanceof Device ? FlowpilotPackage.Literals.GROUP__DEVICES
                : FlowpilotPackage.Literals.GROUP__USERS, member);
    }

    /** Sets (or with null clears) the assigned user of {@code device}. */
    static Command assignUser(EditingDomain domain, EObject device, EObject user) {
        if (!(device instanceof Device) || user != null && !(user instanceof User)) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(domain, device, FlowpilotPackage.Literals.DEVICE__ASSIGNED_USER,
                user == null ? SetCommand.UNSET_VALUE : user);
    }
}
