package org.flowpilot.diagram.internal.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.flowpilot.diagram.internal.common.DiagramFactory;
import org.flowpilot.diagram.internal.common.Placements.LayoutInput;
import org.flowpilot.diagram.internal.common.Shapes;
import org.flowpilot.diagram.layout.Arrangement;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.LayeredLayout;
import org.flowpilot.diagram.layout.LayeredLayout.Box;
import org.flowpilot.diagram.layout.LayeredLayout.Connection;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.User;
import org.flowpilot.model.query.AutopilotQueries;

/**
 * The assignment diagram of a model: profiles and ESP configurations on the left, assigned to groups (included or
 * excluded; an ESP's edge says its priority), groups holding devices and users, devices pointing at their assigned
 * user. ELK lays it out left to right.
 */
public class AssignmentFactory extends DiagramFactory {

    static final double WIDTH = 260;
    static final double HEIGHT = 64;

    @Override
    public LayoutInput layoutInput() {
        AutopilotModel model = state.model().model();
        List<Box> boxes = new ArrayList<>();
        for (NamedElement element : nodes(model)) {
            boxes.add(new Box(state.idOf(element), WIDTH, HEIGHT));
        }
        List<Connection> connections = new ArrayList<>();
        edges(model, (type, id, source, target, label, classes) -> connections.add(label == null
                ? new Connection(id, source, target)
                : new Connection(id, source, target, Shapes.edgeLabelWidth(label), Shapes.edgeLabelHeight(label))));
        return new LayoutInput(boxes, connections, LayeredLayout.Flow.RIGHT);
    }

    private static List<NamedElement> nodes(AutopilotModel model) {
        List<NamedElement> nodes = new ArrayList<>();
        nodes.addAll(model.getProfiles());
        nodes.addAll(model.getEnrollmentStatusPages());
        nodes.addAll(model.getGroups());
        nodes.addAll(model.getDevices());
        nodes.addAll(model.getUsers());
        return nodes;
    }

    @Override
    protected GGraph build(Arrangement arrangement) {
        Map<String, Bounds> placements = arrangement.nodes();
        AutopilotModel model = state.model().model();
        GGraphBuilder graph = new GGraphBuilder().id(state.diagramId()).addCssClass("assignment-diagram")
                .addArgument("title", model.getName() == null ? "Assignments" : model.getName() + " assignments");
        for (NamedElement element : nodes(model)) {
            String id = state.idOf(element);
            GNodeBuilder node = Shapes.node(typeOf(element), id, placements.get(id), element.getName())
                    .addCssClasses(Shapes.highlightClasses(state.model().highlightsOf(id)))
                    .addArgument("kind", kindOf(element)).addArgument("subtitle", subtitle(element));
            graph.add(node.build());
        }
        edges(model, (type, id, source, target, label, classes) -> graph.add(
                Shapes.edge(type, id, source, target, label, classes, arrangement.routes().get(id))));
        return graph.build();
    }

    @FunctionalInterface
    private interface EdgeSink {
        void edge(String type, String id, String source, String target, String label, List<String> classes);
    }

    private void edges(AutopilotModel model, EdgeSink sink) {
        List<AssignableConfiguration> configurations = new ArrayList<>();
        configurations.addAll(model.getProfiles());
        configurations.addAll(model.getEnrollmentStatusPages());
        for (AssignableConfiguration configuration : configurations) {
            for (Assignment assignment : configuration.getAssignments()) {
                if (assignment.getGroup() == null) {
                    continue;
                }
                boolean excluded = assignment.getIntent() == AssignmentIntent.EXCLUDED;
                String label = excluded ? "excluded" : "included";
                if (configuration instanceof EnrollmentStatusPage esp) {
                    label += " · priority " + esp.getPriority();
                }
                sink.edge(AssignmentTypes.ASSIGNMENT, state.idOf(assignment), state.idOf(configuration),
                        state.idOf(assignment.getGroup()), label, List.of(excluded ? "excluded" : "included"));
            }
        }
        for (Group group : model.getGroups()) {
            String groupId = state.idOf(group);
            for (Device device : group.getDevices()) {
                sink.edge(AssignmentTypes.MEMBER, AssignmentTypes.memberId(groupId, state.idOf(device)), groupId,
                        state.idOf(device), null, List.of("member"));
            }
            for (User user : group.getUsers()) {
                sink.edge(AssignmentTypes.MEMBER, AssignmentTypes.memberId(groupId, state.idOf(user)), groupId,
                        state.idOf(user), null, List.of("member"));
            }
        }
        for (Device device : model.getDevices()) {
            if (device.getAssignedUser() != null) {
                String deviceId = state.idOf(device);
                sink.edge(AssignmentTypes.ASSIGNED_USER, AssignmentTypes.assignedUserId(deviceId), deviceId,
                        state.idOf(device.getAssignedUser()), "assigned user", List.of("assigned-user"));
            }
        }
    }

    static String typeOf(NamedElement element) {
        return switch (element) {
            case DeploymentProfile p -> AssignmentTypes.PROFILE;
            case EnrollmentStatusPage e -> AssignmentTypes.ESP;
            case Group g -> AssignmentTypes.GROUP;
            case Device d -> AssignmentTypes.DEVICE;
            default -> AssignmentTypes.USER;
        };
    }

    private static String kindOf(NamedElement element) {
        return switch (element) {
            case DeploymentProfile p -> "profile";
            case EnrollmentStatusPage e -> "esp";
            case Group g -> g.getKind() == GroupKind.USER_GROUP ? "user-group" : "device-group";
            case Device d -> "device";
            default -> "user";
        };
    }

    private static String subtitle(NamedElement element) {
        return switch (element) {
            case DeploymentProfile profile -> {
                int hidden = AutopilotQueries.effectivelyHiddenScreens(profile).size();
                yield profile.getDeploymentMode().getLiteral() + " · " + profile.getJoinType().getLiteral()
                        + (hidden == 0 ? "" : " · hides " + hidden + " screen" + (hidden == 1 ? "" : "s"));
            }
            case EnrollmentStatusPage esp -> "ESP · priority " + esp.getPriority() + " · error after "
                    + esp.getInstallationTimeoutMinutes() + " min";
            case Group group -> {
                int members = group.getDevices().size() + group.getUsers().size();
                yield group.getKind().getLiteral() + " · " + members + (members == 1 ? " member" : " members");
            }
            case Device device -> join(device.getManufacturer(), device.getModel()) + device.getWindowsVersion()
                    .getLiteral() + " · " + device.getConnectivity().getLiteral();
            case User user -> user.getUserPrincipalName() == null ? "User" : user.getUserPrincipalName();
            default -> "";
        };
    }

    private static String join(String manufacturer, String model) {
        String text = ((manufacturer == null ? "" : manufacturer) + " " + (model == null ? "" : model)).strip();
        return text.isEmpty() ? "" : text + " · ";
    }
}
