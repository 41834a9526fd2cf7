package org.flowpilot.model.edit.labels;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.App;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Condition;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Group;
import org.flowpilot.model.InjectedFailure;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.NetworkProfile;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.SimulatedOutcome;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.Transition;
import org.flowpilot.model.User;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.model.query.ConditionText;
import org.flowpilot.model.edit.steps.ContributedStepKind;

/**
 * The labels Flowpilot shows for model elements in trees, lists and diagrams: what an Intune admin would say about
 * the element, such as "Privacy — hidden by Contoso profile" for a screen step the model's profile hides.
 */
public final class AutopilotLabels {

    private static final String DASH = " — ";

    private AutopilotLabels() {
    }

    /** The label of {@code element}, or null when Flowpilot has no label of its own for it. */
    public static String labelOf(Object element) {
        return switch (element) {
            case AutopilotModel model -> name(model) + " (" + model.getOrganizationName() + ")";
            case DeploymentProfile profile -> profileLabel(profile);
            case EnrollmentStatusPage esp -> name(esp) + " (priority " + esp.getPriority() + ", error after "
                    + esp.getInstallationTimeoutMinutes() + " min)";
            case EspPhase phase -> phase.getKind().getLiteral() + DASH + count(phase.getTrackedItems().size(),
                    "tracked item");
            case TrackedItem item -> trackedItemLabel(item);
            case User user -> userLabel(user);
            case Device device -> name(device) + " (" + device.getWindowsVersion().getLiteral() + ", "
                    + device.getConnectivity().getLiteral() + ")"
                    + (device.getAssignedUser() == null ? "" : DASH + name(device.getAssignedUser()));
            case Group group -> name(group) + " (" + group.getKind().getLiteral() + ", "
                    + count(group.getDevices().size() + group.getUsers().size(), "member") + ")";
            case Assignment assignment -> assignment.getIntent().getLiteral() + ": "
                    + (assignment.getGroup() == null ? "no group" : name(assignment.getGroup()));
            case Flow flow -> name(flow) + DASH + count(flow.getSteps().size(), "step");
            case ScreenStep step -> screenStepLabel(step);
            case CustomStep step -> customStepLabel(step);
            case Scenario scenario -> name(scenario) + " (" + scenario.getWindowsVersion().getLiteral() + ", "
                    + scenario.getConnectivity().getLiteral() + (scenario.isUserPresent() ? "" : ", no user") + ")";
            case NamedElement named -> name(named);
            case Transition transition -> stepName(transition.getSource()) + " → " + stepName(transition.getTarget())
                    + (transition.getGuard() == null ? "" : " [" + ConditionText.describe(transition.getGuard()) + "]");
            case Condition condition -> ConditionText.describe(condition);
            case InjectedFailure failure -> failure.getKind().getLiteral()
                    + (failure.getTrackedItem() == null ? "" : ": " + name(failure.getTrackedItem()));
            default -> null;
        };
    }

    // The kind an installed extension declares for the step, or why none does; the step itself is kept either way.
    private static String customStepLabel(CustomStep step) {
        String type = step.getExtensionTypeId();
        if (type == null || type.isBlank()) {
            return name(step) + DASH + "no step kind";
        }
        return name(step) + DASH + StepKindCatalogues.installed().find(type).map(ContributedStepKind::name)
                .orElse("unknown step kind '" + type + "' (no installed extension declares it)");
    }

    private static String profileLabel(DeploymentProfile profile) {
        List<ScreenKind> hidden = AutopilotQueries.effectivelyHiddenScreens(profile);
        return name(profile) + " (" + profile.getDeploymentMode().getLiteral() + ", "
                + profile.getJoinType().getLiteral() + ")" + (hidden.isEmpty() ? ""
                        : DASH + "hides " + hidden.stream().map(ScreenKind::getLiteral).collect(Collectors.joining(", ")));
    }

    private static String trackedItemLabel(TrackedItem item) {
        String kind = switch (item) {
            case App app -> app.getAppType().getLiteral() + ", " + app.getInstallContext().getLiteral() + " context, ";
            case NetworkProfile network -> network.getKind().getLiteral() + ", ";
            default -> "";
        };
        String outcome = item.getSimulatedOutcome() == SimulatedOutcome.SUCCEEDS ? ""
                : DASH + item.getSimulatedOutcome().getLiteral().toLowerCase();
        return name(item) + " (" + kind + "~" + item.getEstimatedMinutes() + " min)" + outcome;
    }

    private static String userLabel(User user) {
        String upn = user.getUserPrincipalName() == null ? "" : " <" + user.getUserPrincipalName() + ">";
        return (user.getDisplayName() == null ? name(user) : user.getDisplayName()) + upn
                + (user.isMfaRequired() ? ", MFA" : "");
    }

    private static String screenStepLabel(ScreenStep step) {
        String name = name(step);
        if (step.isShownBeforeProfileDownload()) {
            return name + DASH + "shown before the profile downloads";
        }
        List<DeploymentProfile> hiding = AutopilotQueries.profilesHiding(step);
        if (hiding.isEmpty()) {
            return name;
        }
        return name + DASH + "hidden by " + hiding.stream().map(AutopilotLabels::profileName)
                .collect(Collectors.joining(", "));
    }

    // "Contoso" reads as "Contoso profile"; a name that already says "profile" is kept as it is.
    private static String profileName(DeploymentProfile profile) {
        String name = name(profile);
        return name.toLowerCase().endsWith("profile") ? name : name + " profile";
    }

    private static String stepName(EObject step) {
        return step instanceof NamedElement named ? name(named) : "?";
    }

    private static String name(NamedElement element) {
        return element.getName() == null || element.getName().isBlank() ? "(unnamed)" : element.getName();
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
