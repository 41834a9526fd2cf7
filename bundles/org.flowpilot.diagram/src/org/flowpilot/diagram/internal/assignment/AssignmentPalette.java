package org.flowpilot.diagram.internal.assignment;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

/** The assignment diagram's palette: configurations, groups, devices, users, and the edges between them. */
public class AssignmentPalette implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        return List.of(
                PaletteItem.createPaletteGroup("configurations", "Configurations", List.of(
                        node(AssignmentTypes.CREATE_PROFILE, "Deployment profile", "profile", "A"),
                        node(AssignmentTypes.CREATE_ESP, "Enrollment Status Page", "esp", "B")), "profile", "A"),
                PaletteItem.createPaletteGroup("targets", "Groups, devices and users", List.of(
                        node(AssignmentTypes.CREATE_DEVICE_GROUP, "Device group", "device-group", "A"),
                        node(AssignmentTypes.CREATE_USER_GROUP, "User group", "user-group", "B"),
                        node(AssignmentTypes.CREATE_DEVICE, "Device", "device", "C"),
                        node(AssignmentTypes.CREATE_USER, "User", "user", "D")), "device-group", "B"),
                PaletteItem.createPaletteGroup("connections", "Connections", List.of(
                        edge(AssignmentTypes.ASSIGNMENT, "Assignment (include)", "A"),
                        edge(AssignmentTypes.EXCLUSION, "Exclusion", "B"),
                        edge(AssignmentTypes.MEMBER, "Group member", "C"),
                        edge(AssignmentTypes.ASSIGNED_USER, "Assigned user", "D")), "transition", "C"));
    }

    private static PaletteItem node(String id, String label, String icon, String order) {
        return new PaletteItem(id, label, new TriggerNodeCreationAction(id), icon, order);
    }

    private static PaletteItem edge(String id, String label, String order) {
        return new PaletteItem(id, label, new TriggerEdgeCreationAction(id), "transition", order);
    }
}
