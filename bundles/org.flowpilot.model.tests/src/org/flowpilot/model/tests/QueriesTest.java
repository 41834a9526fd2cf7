package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
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
