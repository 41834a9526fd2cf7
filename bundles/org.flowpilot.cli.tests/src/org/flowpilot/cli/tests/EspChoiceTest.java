package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowpilot.cli.diff.EspChoice;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.Group;
import org.junit.jupiter.api.Test;

/** Which ESP the devices of a profile get, from assignments alone. */
class EspChoiceTest {

    private static final FlowpilotFactory FACTORY = FlowpilotFactory.eINSTANCE;

    private final AutopilotModel model = FACTORY.createAutopilotModel();

    private Group group(String name) {
        Group group = FACTORY.createGroup();
        group.setName(name);
        model.getGroups().add(group);
        return group;
    }

    private DeploymentProfile profile(String name) {
        DeploymentProfile profile = FACTORY.createDeploymentProfile();
        profile.setName(name);
        model.getProfiles().add(profile);
        return profile;
    }

    private EnrollmentStatusPage esp(String name, int priority) {
        EnrollmentStatusPage esp = FACTORY.createEnrollmentStatusPage();
        esp.setName(name);
        esp.setPriority(priority);
        model.getEnrollmentStatusPages().add(esp);
        return esp;
    }

    private static void assign(AssignableConfiguration configuration, Group group, AssignmentIntent intent) {
        Assignment assignment = FACTORY.createAssignment();
        assignment.setGroup(group);
        assignment.setIntent(intent);
        configuration.getAssignments().add(assignment);
    }

    @Test
    void theHighestPriorityEspOfTheProfilesGroupsElseTheDefault() {
        Group laptops = group("Laptops");
        Group kiosks = group("Kiosks");
        DeploymentProfile staff = profile("Staff");
        DeploymentProfile kiosk = profile("Kiosk");
        assign(staff, laptops, AssignmentIntent.INCLUDED);
        assign(kiosk, kiosks, AssignmentIntent.INCLUDED);
        EnrollmentStatusPage fallback = esp("All users and all devices", 0);
        EnrollmentStatusPage second = esp("Laptops, second", 2);
        EnrollmentStatusPage first = esp("Laptops, first", 1);
        assign(second, laptops, AssignmentIntent.INCLUDED);
        assign(first, laptops, AssignmentIntent.INCLUDED);
        EnrollmentStatusPage excluded = esp("Excludes kiosks", 1);
        assign(excluded, kiosks, AssignmentIntent.EXCLUDED);
        assertEquals(first, EspChoice.forProfile(model, staff).orElseThrow());
        assertEquals(fallback, EspChoice.forProfile(model, kiosk).orElseThrow());
    }

    @Test
    void withoutAssignmentsTheHighestPriorityEspAsExplainTakesIt() {
        DeploymentProfile profile = profile("Only");
        esp("Third", 3);
        EnrollmentStatusPage second = esp("Second", 2);
        assertEquals(second, EspChoice.forProfile(model, profile).orElseThrow());
    }

    @Test
    void noEspWhenEveryEspTargetsOtherGroupsAndThereIsNoDefault() {
        DeploymentProfile profile = profile("Lonely");
        assign(profile, group("Mine"), AssignmentIntent.INCLUDED);
        assign(esp("Theirs", 1), group("Theirs"), AssignmentIntent.INCLUDED);
        assertTrue(EspChoice.forProfile(model, profile).isEmpty());
    }
}
