package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.ModelFiles;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assignment diagram on a real GLSP server, over the Contoso example. */
class AssignmentDiagramTest {

    @TempDir
    Path folder;

    private DiagramModel model;
    private AutopilotModel autopilot;
    private TestSession session;

    @BeforeEach
    void open() throws Exception {
        model = ModelFiles.open(Example.copyTo(folder), "contoso");
        DiagramModels models = new DiagramModels(List.of());
        models.add(model);
        autopilot = model.model();
        session = new TestSession(models, DiagramKind.ASSIGNMENT.diagramType(), Map.of("sourceUri", "contoso"),
                "assignments-1");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String id(EObject element) {
        return model.idOf(element);
    }

    private <T> T read(Supplier<T> reader) {
        return model.access().call(reader);
    }

    private Group group(GroupKind kind) {
        return autopilot.getGroups().stream().filter(g -> g.getKind() == kind).findFirst().orElseThrow();
    }

    @Test
    void profilesEspGroupsDevicesAndUsersWithTheirAssignments() {
        assertEquals(autopilot.getProfiles().size(), session.elementsOfType("node:profile").size());
        assertEquals(autopilot.getEnrollmentStatusPages().size(), session.elementsOfType("node:esp").size());
        assertEquals(autopilot.getGroups().size(), session.elementsOfType("node:group").size());
        assertEquals(autopilot.getDevices().size(), session.elementsOfType("node:device").size());
        assertEquals(autopilot.getUsers().size(), session.elementsOfType("node:user").size());

        EnrollmentStatusPage esp = autopilot.getEnrollmentStatusPages().get(0);
        GEdge espAssignment = (GEdge) session.element(id(esp.getAssignments().get(0)));
        assertEquals(id(esp), espAssignment.getSourceId());
        assertEquals(id(esp.getAssignments().get(0).getGroup()), espAssignment.getTargetId());
        assertEquals("included · priority " + esp.getPriority(),
                ((GLabel) espAssignment.getChildren().get(0)).getText());
        Device laptop = autopilot.getDevices().get(0);
        assertNotNull(session.element("assigned-user:" + id(laptop)), "the device's assigned user is an edge");
        Group devices = group(GroupKind.DEVICE_GROUP);
        assertNotNull(session.element("member:" + id(devices) + ":" + id(laptop)));
    }

    @Test
    void linesAndLabelsKeepClearOfEveryNode() {
        assertEquals(List.of(), Crossings.of(session.root()), "as opened");
        session.sendAndAwaitUpdate(new CreateNodeOperation("create:device-group", GraphUtil.point(300, 100)));
        assertEquals(List.of(), Crossings.of(session.root()), "after a group is created among the others");
    }

    @Test
    void aNewGroupGetsMembersAndAssignmentsFromEdges() {
        int groups = autopilot.getGroups().size();
        session.sendAndAwaitUpdate(new CreateNodeOperation("create:device-group", GraphUtil.point(40, 600)));
        Group created = read(() -> autopilot.getGroups().get(groups));
        assertEquals(GroupKind.DEVICE_GROUP, created.getKind());
        Device frontDesk = autopilot.getDevices().get(1);
        session.sendAndAwaitUpdate(new CreateEdgeOperation("edge:member", id(created), id(frontDesk)));
        assertTrue(read(() -> created.getDevices().contains(frontDesk)));

        DeploymentProfile profile = autopilot.getProfiles().get(0);
        session.sendAndAwaitUpdate(new CreateEdgeOperation("edge:exclusion", id(profile), id(created)));
        assertEquals(AssignmentIntent.EXCLUDED, read(() -> profile.getAssignments().get(1).getIntent()));
        assertEquals(created, read(() -> profile.getAssignments().get(1).getGroup()));
        assertTrue(session.element(id(profile.getAssignments().get(1))).getCssClasses().contains("excluded"));

        // A user is no member of a device group: nothing happens.
        User adele = autopilot.getUsers().get(0);
        session.send(new CreateEdgeOperation("edge:member", id(created), id(adele)));
        // The next change comes after the refused one: when it is drawn, the refusal has been decided.
        session.sendAndAwaitUpdate(new CreateNodeOperation("create:user", GraphUtil.point(40, 800)));
        assertFalse(read(() -> created.getUsers().contains(adele)));

        // Deleting the group takes the assignment to it along.
        session.sendAndAwaitUpdate(new DeleteOperation(List.of(id(created))));
        assertEquals(1, read(() -> profile.getAssignments().size()));
        session.sendAndAwaitUpdate(new UndoAction());
        assertEquals(2, read(() -> profile.getAssignments().size()));
        assertTrue(read(() -> created.getDevices().contains(frontDesk)));
    }

    @Test
    void membershipAndAssignedUserEdgesReconnectAndDelete() {
        Group devices = group(GroupKind.DEVICE_GROUP);
        Device laptop = autopilot.getDevices().get(0);
        Device frontDesk = autopilot.getDevices().get(1);
        session.sendAndAwaitUpdate(new CreateNodeOperation("create:device-group", GraphUtil.point(40, 600)));
        Group other = read(() -> autopilot.getGroups().get(autopilot.getGroups().size() - 1));
        String member = "member:" + id(devices) + ":" + id(laptop);
        session.sendAndAwaitUpdate(new ReconnectEdgeOperation(member, id(other), id(laptop)));
        assertFalse(read(() -> devices.getDevices().contains(laptop)));
        assertTrue(read(() -> other.getDevices().contains(laptop)));
        assertNull(session.element(member));

        User adele = laptop.getAssignedUser();
        session.sendAndAwaitUpdate(new ReconnectEdgeOperation("assigned-user:" + id(laptop), id(frontDesk),
                id(adele)));
        assertNull(read(laptop::getAssignedUser));
        assertEquals(adele, read(frontDesk::getAssignedUser));

        session.sendAndAwaitUpdate(new DeleteOperation(List.of("assigned-user:" + id(frontDesk))));
        assertNull(read(frontDesk::getAssignedUser));
        assertTrue(read(() -> autopilot.getUsers().contains(adele)), "the user stays");
    }
}
