package org.flowpilot.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.ProvisioningMenuStep;
import org.flowpilot.model.ResealStep;
import org.flowpilot.model.SignInStep;
import org.flowpilot.model.Step;
import org.flowpilot.model.WindowsSignOnStep;
import org.flowpilot.model.validation.AutopilotValidator;
import org.junit.jupiter.api.Test;

class StandardFlowsTest {

    private static Set<EspPhaseKind> phases(Flow flow) {
        return flow.getSteps().stream().filter(EspPhaseStep.class::isInstance).map(EspPhaseStep.class::cast)
                .map(EspPhaseStep::getPhase).collect(Collectors.toSet());
    }

    private static boolean has(Flow flow, Class<? extends Step> type) {
        return flow.getSteps().stream().anyMatch(type::isInstance);
    }

    @Test
    void everyStandardFlowPassesEveryFlowRule() {
        AutopilotModel model = FlowpilotFactory.eINSTANCE.createAutopilotModel();
        model.getFlows().addAll(StandardFlows.all());
        Diagnostic result = AutopilotValidator.validate(model);
        List<String> messages = new ArrayList<>();
        result.getChildren().forEach(d -> messages.add(d.getMessage()));
        assertEquals(List.of(), messages);
    }

    @Test
    void thereIsOneFlowPerDeploymentKindAndEachStepNamesItsSource() {
        List<Flow> flows = StandardFlows.all();
        assertEquals(List.of(FlowKind.USER_DRIVEN_ENTRA_JOIN, FlowKind.USER_DRIVEN_HYBRID_JOIN,
                FlowKind.PRE_PROVISIONING_TECHNICIAN, FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN,
                FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN, FlowKind.SELF_DEPLOYING),
                flows.stream().map(Flow::getKind).toList());
        for (Flow flow : flows) {
            for (Step step : flow.getSteps()) {
                assertTrue(step.getSourceDocument().startsWith("https://github.com/MicrosoftDocs/memdocs/blob/main/"),
                        flow.getName() + ": " + step.getName());
            }
        }
    }

    @Test
    void userDrivenFlowsRunAllThreePhases() {
        assertEquals(Set.of(EspPhaseKind.values()), phases(StandardFlows.userDrivenEntraJoin()));
        assertEquals(Set.of(EspPhaseKind.values()), phases(StandardFlows.userDrivenHybridJoin()));
        assertTrue(has(StandardFlows.userDrivenHybridJoin(), WindowsSignOnStep.class));
        assertFalse(has(StandardFlows.userDrivenEntraJoin(), WindowsSignOnStep.class));
    }

    @Test
    void theTechnicianFlowRunsOnlyTheDevicePhasesAndReseals() {
        Flow technician = StandardFlows.preProvisioningTechnician();
        assertEquals(Set.of(EspPhaseKind.DEVICE_PREPARATION, EspPhaseKind.DEVICE_SETUP), phases(technician));
        assertTrue(has(technician, ProvisioningMenuStep.class));
        assertTrue(has(technician, ResealStep.class));
        assertFalse(has(technician, SignInStep.class));
    }

    @Test
    void userFlowsSkipDevicePreparationAndRunDeviceSetupAgain() {
        Set<EspPhaseKind> expected = Set.of(EspPhaseKind.DEVICE_SETUP, EspPhaseKind.ACCOUNT_SETUP);
        assertEquals(expected, phases(StandardFlows.preProvisioningUserEntraJoin()));
        assertEquals(expected, phases(StandardFlows.preProvisioningUserHybridJoin()));
        // The hybrid user flow goes to the ESP without an Entra sign-in first.
        assertFalse(has(StandardFlows.preProvisioningUserHybridJoin(), SignInStep.class));
    }

    @Test
    void selfDeployingHasNoUserSignInAndOnlyDevicePhases() {
        Flow flow = StandardFlows.selfDeploying();
        assertEquals(Set.of(EspPhaseKind.DEVICE_PREPARATION, EspPhaseKind.DEVICE_SETUP), phases(flow));
        assertFalse(has(flow, SignInStep.class));
    }
}
