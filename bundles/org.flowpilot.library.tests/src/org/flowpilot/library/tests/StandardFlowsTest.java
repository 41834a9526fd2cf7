package org.flowpilot.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
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
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.SignInStep;
import org.flowpilot.model.Step;
import org.flowpilot.model.WindowsSignOnStep;
import org.flowpilot.model.query.AutopilotQueries;
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
        // technician-flow.md step 4: the Windows key is pressed at the Microsoft Entra sign-in page, and License Terms
        // come before it on every network (tips-technician-flow-screens.md).
        Step windowsKey = technician.getSteps().stream().filter(ProvisioningMenuStep.class::isInstance).findFirst()
                .orElseThrow();
        assertEquals(1, windowsKey.getIncoming().size());
        assertTrue(windowsKey.getIncoming().get(0).getSource() instanceof SignInStep);
        ScreenStep license = screen(technician, ScreenKind.LICENSE_TERMS);
        assertTrue(reachable(technician, windowsKey, null));
        assertFalse(reachable(technician, windowsKey, license), "every path to the Windows key passes License Terms");
    }

    @Test
    void theHybridJoinAsksStaySignedInDuringAccountSetupAndSignsOutAfterIt() {
        for (Flow flow : List.of(StandardFlows.userDrivenHybridJoin(), StandardFlows.preProvisioningUserHybridJoin())) {
            ScreenStep allSet = screen(flow, ScreenKind.ALL_SET);
            Step account = flow.getSteps().stream().filter(s -> s instanceof EspPhaseStep phase
                    && phase.getPhase() == EspPhaseKind.ACCOUNT_SETUP).findFirst().orElseThrow();
            // hybrid-azure-ad-join-deploy-device.md steps 8 and 9: the screens, then Account setup completes.
            assertFalse(reachable(flow, account, allSet), flow.getName());
            assertTrue(allSet.getDescription().startsWith("During Account setup"), allSet.getDescription());
            assertTrue(account.getDescription().contains("Sign out"), account.getDescription());
        }
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

    @Test
    void everyUserFlowShowsLicenseTermsBeforeTheSignInOnEveryNetworkPath() {
        for (Flow flow : List.of(StandardFlows.userDrivenEntraJoin(), StandardFlows.userDrivenHybridJoin(),
                StandardFlows.preProvisioningUserEntraJoin(), StandardFlows.preProvisioningUserHybridJoin())) {
            ScreenStep license = screen(flow, ScreenKind.LICENSE_TERMS);
            // Where no sign-in page comes before the ESP (the hybrid user flow), License Terms come before the ESP.
            Step signIn = flow.getSteps().stream().filter(SignInStep.class::isInstance).findFirst()
                    .orElseGet(() -> flow.getSteps().stream().filter(EspPhaseStep.class::isInstance).findFirst()
                            .orElseThrow());
            assertTrue(reachable(flow, signIn, null), flow.getName());
            assertFalse(reachable(flow, signIn, license), flow.getName() + ": every path to " + signIn.getName()
                    + " passes License Terms, wired or not");
            assertTrue(license.getDescription().contains("seed's user flow"), license.getDescription());
            assertTrue(license.getSourceDocument().endsWith(".md"), license.getSourceDocument());
            ScreenStep privacy = screen(flow, ScreenKind.PRIVACY);
            assertTrue(privacy.getDescription().contains("when the user ESP (Account setup) begins")
                    && privacy.getDescription().contains("more specific"), privacy.getDescription());
            Step account = flow.getSteps().stream().filter(s -> s instanceof EspPhaseStep phase
                    && phase.getPhase() == EspPhaseKind.ACCOUNT_SETUP).findFirst().orElseThrow();
            assertFalse(reachable(flow, account, privacy), flow.getName() + ": Privacy comes before Account setup");
            assertFalse(reachable(flow, privacy, signIn), flow.getName() + ": and after the sign-in or first ESP");
        }
    }

    @Test
    void selfDeployingHasNoScreenItForcesHidden() {
        Flow flow = StandardFlows.selfDeploying();
        for (Step step : flow.getSteps()) {
            assertFalse(step instanceof ScreenStep screen && AutopilotQueries.SELF_DEPLOYING_HIDDEN_SCREENS
                    .contains(screen.getScreen()), step.getName());
        }
    }

    private static ScreenStep screen(Flow flow, ScreenKind kind) {
        return flow.getSteps().stream().filter(s -> s instanceof ScreenStep screen && screen.getScreen() == kind)
                .map(ScreenStep.class::cast).filter(s -> !s.isShownBeforeProfileDownload()).findFirst()
                .orElseThrow(() -> new AssertionError(flow.getName() + " has no " + kind.getLiteral() + " step"));
    }

    /** Whether {@code target} is reachable from the flow's start without passing {@code avoided}. */
    private static boolean reachable(Flow flow, Step target, Step avoided) {
        Set<Step> seen = new HashSet<>();
        Deque<Step> open = new ArrayDeque<>(List.of(flow.getStart()));
        while (!open.isEmpty()) {
            Step step = open.pop();
            if (step == avoided || !seen.add(step)) {
                continue;
            }
            if (step == target) {
                return true;
            }
            step.getOutgoing().forEach(t -> open.push(t.getTarget()));
        }
        return false;
    }
}
