package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.query.AutopilotQueries;
import org.junit.jupiter.api.Test;

class QueriesTest {

    private final Fixture fx = new Fixture();

    @Test
    void theOldestCreatedProfileWins() {
        DeploymentProfile older = Fixture.F.createDeploymentProfile();
        older.setCreated(Fixture.date("2023-06-01T00:00:00Z"));
        Fixture.assign(older, fx.devices);
        fx.model.getProfiles().add(older);
        assertEquals(Optional.of(older), AutopilotQueries.effectiveProfile(fx.device));
    }

    @Test
    void aDynamicDeviceGroupHoldsTheDevicesWithItsGroupTagInAnyCase() {
        Group sales = Fixture.F.createGroup();
        sales.setKind(GroupKind.DEVICE_GROUP);
        sales.setGroupTag("Sales");
        fx.model.getGroups().add(sales);
        DeploymentProfile salesProfile = Fixture.F.createDeploymentProfile();
        salesProfile.setCreated(Fixture.date("2023-01-01T00:00:00Z"));
        Fixture.assign(salesProfile, sales);
        fx.model.getProfiles().add(salesProfile);
        assertEquals(List.of(fx.devices), AutopilotQueries.groupsOf(fx.device));
        fx.device.setGroupTag("SALES");
        assertEquals(List.of(fx.devices, sales), AutopilotQueries.groupsOf(fx.device));
        assertEquals(Optional.of(salesProfile), AutopilotQueries.effectiveProfile(fx.device));
        // A user group's tag is no device rule.
        sales.setKind(GroupKind.USER_GROUP);
        assertEquals(List.of(fx.devices), AutopilotQueries.groupsOf(fx.device));
    }

    @Test
    void anExclusionRemovesTheProfile() {
        Fixture.assign(fx.profile, fx.devices).setIntent(AssignmentIntent.EXCLUDED);
        assertEquals(Optional.empty(), AutopilotQueries.effectiveProfile(fx.device));
    }

    @Test
    void aDeviceTargetedEspWinsOverAHigherPriorityUserTargetedOne() {
        EnrollmentStatusPage forUsers = Fixture.F.createEnrollmentStatusPage();
        forUsers.setPriority(1);
        fx.esp.setPriority(2);
        Fixture.assign(forUsers, fx.users);
        fx.model.getEnrollmentStatusPages().add(forUsers);
        assertEquals(Optional.of(fx.esp), AutopilotQueries.effectiveEsp(fx.device, true));
        fx.esp.getAssignments().clear();
        assertEquals(Optional.of(forUsers), AutopilotQueries.effectiveEsp(fx.device, true));
        // Pre-provisioning and self-deploying apply only device-targeted ESPs.
        assertEquals(Optional.empty(), AutopilotQueries.effectiveEsp(fx.device, false));
    }
}
