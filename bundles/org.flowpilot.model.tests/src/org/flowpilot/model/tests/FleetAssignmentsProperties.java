package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;

import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.User;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.model.query.FleetAssignments;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** For random tenants, the fleet index answers for every device exactly what the per-device queries answer. */
class FleetAssignmentsProperties {

    private static final String[] TAGS = {null, "", "Sales", "sales", "Kiosk"};

    @Property(tries = 300)
    void theFleetIndexAgreesWithThePerDeviceQueries(@ForAll long seed) {
        AutopilotModel model = randomTenant(new java.util.Random(seed));
        FleetAssignments fleet = FleetAssignments.of(model);
        for (Device device : model.getDevices()) {
            assertEquals(AutopilotQueries.groupsOf(device), fleet.groupsOf(device), device.getName());
            assertEquals(AutopilotQueries.effectiveProfile(device), fleet.profileOf(device), device.getName());
            assertEquals(AutopilotQueries.effectiveEsp(device, true), fleet.espOf(device, true), device.getName());
            assertEquals(AutopilotQueries.effectiveEsp(device, false), fleet.espOf(device, false),
                    device.getName());
        }
    }

    private static AutopilotModel randomTenant(java.util.Random random) {
        AutopilotModel model = Fixture.F.createAutopilotModel();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            User user = Fixture.F.createUser();
            user.setName("user" + i);
            model.getUsers().add(user);
        }
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            Device device = Fixture.F.createDevice();
            device.setName("device" + i);
            device.setGroupTag(TAGS[random.nextInt(TAGS.length)]);
            if (random.nextBoolean()) {
                device.setAssignedUser(model.getUsers().get(random.nextInt(model.getUsers().size())));
            }
            model.getDevices().add(device);
        }
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            Group group = Fixture.F.createGroup();
            group.setName("group" + i);
            group.setKind(random.nextInt(3) == 0 ? GroupKind.USER_GROUP : GroupKind.DEVICE_GROUP);
            group.setGroupTag(TAGS[random.nextInt(TAGS.length)]);
            for (Device device : model.getDevices()) {
                if (random.nextInt(4) == 0) {
                    group.getDevices().add(device);
                }
            }
            for (User user : model.getUsers()) {
                if (random.nextInt(3) == 0) {
                    group.getUsers().add(user);
                }
            }
            model.getGroups().add(group);
        }
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            DeploymentProfile profile = Fixture.F.createDeploymentProfile();
            profile.setName("profile" + i);
            profile.setCreated(random.nextInt(4) == 0 ? null : new Date(random.nextInt(5) * 86_400_000L));
            assignRandomly(profile.getAssignments(), model.getGroups(), random);
            model.getProfiles().add(profile);
        }
        for (int i = 0; i < random.nextInt(4); i++) {
            EnrollmentStatusPage esp = Fixture.F.createEnrollmentStatusPage();
            esp.setName("esp" + i);
            esp.setPriority(random.nextInt(3));
            assignRandomly(esp.getAssignments(), model.getGroups(), random);
            model.getEnrollmentStatusPages().add(esp);
        }
        return model;
    }

    private static void assignRandomly(List<Assignment> assignments, List<Group> groups, java.util.Random random) {
        for (Group group : groups) {
            if (random.nextInt(3) == 0) {
                Assignment assignment = Fixture.F.createAssignment();
                assignment.setGroup(group);
                assignment.setIntent(random.nextInt(4) == 0 ? AssignmentIntent.EXCLUDED : AssignmentIntent.INCLUDED);
                assignments.add(assignment);
            }
        }
    }
}
