package org.flowpilot.model.edit.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.flowpilot.model.App;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.Transition;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.model.query.FlowOrder;

/**
 * The elements a reference may point to where the model's types alone allow too much: a flow starts at one of its own
 * steps, a transition joins steps of its flow, a profile is assigned to device groups, an Enrollment Status Page
 * blocks on apps it tracks.
 */
public final class ValidTargets {

    private ValidTargets() {
    }

    /**
     * The valid targets of {@code reference} on {@code owner}, or empty when every element of the reference's type
     * in the model is valid.
     */
    public static Optional<List<? extends EObject>> of(EObject owner, EStructuralFeature reference) {
        if (!(reference instanceof EReference)) {
            return Optional.empty();
        }
        if (reference == FlowpilotPackage.Literals.FLOW__START && owner instanceof Flow flow) {
            return Optional.of(FlowOrder.steps(flow));
        }
        if ((reference == FlowpilotPackage.Literals.TRANSITION__SOURCE
                || reference == FlowpilotPackage.Literals.TRANSITION__TARGET)
                && owner instanceof Transition transition && transition.eContainer() instanceof Flow flow) {
            return Optional.of(FlowOrder.steps(flow));
        }
        if (reference == FlowpilotPackage.Literals.ASSIGNMENT__GROUP && owner instanceof Assignment assignment
                && assignment.eContainer() instanceof DeploymentProfile profile) {
            return Optional.of(groupsOfKind(profile, GroupKind.DEVICE_GROUP));
        }
        if (reference == FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS
                && owner instanceof EnrollmentStatusPage esp) {
            List<App> apps = new ArrayList<>();
            for (EspPhase phase : esp.getPhases()) {
                phase.getTrackedItems().stream().filter(App.class::isInstance).map(App.class::cast).forEach(apps::add);
            }
            return Optional.of(apps);
        }
        return Optional.empty();
    }

    /**
     * Narrows EMF's choice of values (every element of the right type, every literal) to the valid ones; the hidden
     * screens of a profile are the screens a profile setting can hide.
     */
    public static Collection<?> narrow(EObject owner, EStructuralFeature reference, Collection<?> choices) {
        if (reference == FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDDEN_SCREENS) {
            return AutopilotQueries.hideableScreens();
        }
        Optional<List<? extends EObject>> valid = of(owner, reference);
        if (valid.isEmpty()) {
            return choices;
        }
        List<Object> narrowed = new ArrayList<>();
        // An optional single reference keeps EMF's "no value" choice.
        if (choices.contains(null)) {
            narrowed.add(null);
        }
        narrowed.addAll(valid.get());
        return narrowed;
    }

    private static List<Group> groupsOfKind(EObject element, GroupKind kind) {
        return AutopilotQueries.modelOf(element)
                .map(model -> model.getGroups().stream().filter(group -> group.getKind() == kind).toList())
                .orElse(List.of());
    }
}
