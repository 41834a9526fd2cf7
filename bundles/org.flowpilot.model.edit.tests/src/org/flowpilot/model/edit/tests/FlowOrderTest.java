package org.flowpilot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.query.FlowOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowOrderTest {

    private final ComposedAdapterFactory factory = AutopilotItemProviders.createAdapterFactory();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private static List<String> names(Collection<?> elements) {
        return elements.stream().filter(Step.class::isInstance).map(step -> ((NamedElement) step).getName()).toList();
    }

    @Test
    void theTreeListsAFlowsStepsFromTheStartAlongItsTransitions() {
        Flow userFlow = StandardFlows.preProvisioningUserEntraJoin();
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(userFlow, ITreeItemContentProvider.class);
        List<String> listed = names(tree.getChildren(userFlow));

        assertEquals("Power on", listed.get(0));
        assertEquals("Network check", listed.get(1));
        // The builder creates "ESP: Device setup" first; a person meets it after signing in.
        assertTrue(listed.indexOf("ESP: Device setup") > listed.indexOf("Microsoft Entra sign-in"), listed.toString());
        assertTrue(listed.indexOf("Microsoft Entra sign-in") < listed.indexOf("Multifactor authentication"),
                listed.toString());
        assertEquals("Desktop", listed.get(listed.size() - 1));
        assertEquals(new HashSet<>(names(userFlow.getSteps())), new HashSet<>(listed), "every step, once");
        assertEquals(userFlow.getSteps().size(), listed.size());
    }

    @Test
    void everyStepComesAfterTheStepsThatLeadToItExceptAlongLoopsBack() {
        for (Flow flow : StandardFlows.all()) {
            List<Step> order = FlowOrder.steps(flow);
            for (Transition transition : flow.getTransitions()) {
                int from = order.indexOf(transition.getSource());
                int to = order.indexOf(transition.getTarget());
                // The red screen's Retry leads back to Device setup.
                boolean loopBack = transition.getSource() instanceof ScreenStep screen
                        && screen.getScreen() == ScreenKind.PRE_PROVISIONING_RESULT;
                assertTrue(loopBack || from < to, flow.getKind() + ": " + transition.getSource().getName() + " -> "
                        + transition.getTarget().getName() + " goes backwards in " + names(order));
            }
        }
    }

    @Test
    void transitionsFollowTheirSourceStepsAfterTheSteps() {
        Flow technician = StandardFlows.of(FlowKind.PRE_PROVISIONING_TECHNICIAN);
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(technician,
                ITreeItemContentProvider.class);
        List<Object> children = new ArrayList<>(tree.getChildren(technician));
        List<Transition> transitions = children.stream().filter(Transition.class::isInstance)
                .map(Transition.class::cast).toList();
        assertEquals(technician.getSteps().size() + technician.getTransitions().size(), children.size());
        assertTrue(children.indexOf(transitions.get(0)) == technician.getSteps().size(), "steps first");
        List<Step> order = FlowOrder.steps(technician);
        for (int i = 1; i < transitions.size(); i++) {
            assertTrue(order.indexOf(transitions.get(i - 1).getSource()) <= order.indexOf(transitions.get(i).getSource()));
        }
    }

    @Test
    void stepsNoTransitionReachesComeLastInTheOrderCreated() {
        Flow flow = StandardFlows.selfDeploying();
        Step orphan = FlowpilotFactory.eINSTANCE.createDesktopStep();
        orphan.setName("Orphan");
        flow.getSteps().add(0, orphan);
        List<Step> order = FlowOrder.steps(flow);
        assertEquals("Power on", order.get(0).getName());
        assertEquals(orphan, order.get(order.size() - 1));
    }
}
