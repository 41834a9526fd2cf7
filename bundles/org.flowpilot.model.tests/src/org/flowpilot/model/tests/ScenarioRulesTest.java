package org.flowpilot.model.tests;

import org.flowpilot.model.FlowKind;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.validation.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScenarioRulesTest {

    private final Fixture fx = new Fixture();

    @BeforeEach
    void preProvision() {
        fx.profile.setAllowPreProvisionedDeployment(true);
        fx.flow.setKind(FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN);
        fx.scenario.setTechnicianFlowDone(true);
        fx.scenario.setTechnicianFlowCompleted(Fixture.date("2025-01-10T08:00:00Z"));
        fx.scenario.setRunStarts(Fixture.date("2025-01-20T09:00:00Z"));
    }

    @Test
    void ap26PreProvisioningNotAllowed() {
        fx.assertPasses(Rule.PRE_PROVISIONING_NOT_ALLOWED);
        fx.profile.setAllowPreProvisionedDeployment(false);
        fx.assertFlags(Rule.PRE_PROVISIONING_NOT_ALLOWED, fx.scenario);
    }

    @Test
    void ap27PreProvisioningRequiresTpm() {
        fx.assertPasses(Rule.PRE_PROVISIONING_REQUIRES_TPM);
        fx.device.setTpm20(false);
        fx.assertFlags(Rule.PRE_PROVISIONING_REQUIRES_TPM, fx.scenario);
    }

    @Test
    void ap28PreProvisioningRequiresPhysicalDevice() {
        fx.assertPasses(Rule.PRE_PROVISIONING_REQUIRES_PHYSICAL_DEVICE);
        fx.device.setVirtualMachine(true);
        fx.assertFlags(Rule.PRE_PROVISIONING_REQUIRES_PHYSICAL_DEVICE, fx.scenario);
    }

    @Test
    void ap29PreProvisioningRequiresDeviceTargetedEsp() {
        fx.assertPasses(Rule.PRE_PROVISIONING_REQUIRES_DEVICE_ESP);
        fx.esp.getAssignments().get(0).setGroup(fx.users);
        fx.assertFlags(Rule.PRE_PROVISIONING_REQUIRES_DEVICE_ESP, fx.scenario);
    }

    @Test
    void ap30UserFlowWithinSixMonths() {
        fx.scenario.setRunStarts(Fixture.date("2025-07-10T08:00:00Z"));
        fx.assertPasses(Rule.USER_FLOW_WITHIN_SIX_MONTHS);
        fx.scenario.setRunStarts(Fixture.date("2025-07-10T08:01:00Z"));
        fx.assertFlags(Rule.USER_FLOW_WITHIN_SIX_MONTHS, fx.scenario);
    }

    @Test
    void ap31UserFlowAfterNinetyMinutes() {
        fx.scenario.setRunStarts(Fixture.date("2025-01-10T09:30:00Z"));
        fx.assertPasses(Rule.USER_FLOW_AFTER_NINETY_MINUTES);
        fx.scenario.setRunStarts(Fixture.date("2025-01-10T09:29:00Z"));
        fx.assertFlags(Rule.USER_FLOW_AFTER_NINETY_MINUTES, fx.scenario);
    }

    @Test
    void ap32UserFlowNeedsTechnicianFlow() {
        fx.assertPasses(Rule.USER_FLOW_NEEDS_TECHNICIAN_FLOW);
        fx.scenario.setTechnicianFlowDone(false);
        fx.assertFlags(Rule.USER_FLOW_NEEDS_TECHNICIAN_FLOW, fx.scenario);
    }

    @Test
    void ap33ScenarioIncomplete() {
        fx.assertPasses(Rule.SCENARIO_INCOMPLETE);
        fx.scenario.setDevice(null);
        fx.assertFlags(Rule.SCENARIO_INCOMPLETE, fx.scenario);
    }

    @Test
    void ap34ScenarioFlowMatchesProfile() {
        fx.assertPasses(Rule.SCENARIO_FLOW_MATCHES_PROFILE);
        fx.profile.setJoinType(JoinType.ENTRA_HYBRID_JOINED);
        fx.assertFlags(Rule.SCENARIO_FLOW_MATCHES_PROFILE, fx.scenario);
    }
}
