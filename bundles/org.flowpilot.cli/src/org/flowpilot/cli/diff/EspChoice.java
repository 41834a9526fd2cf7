package org.flowpilot.cli.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;

/**
 * The ESP configuration a device that receives a profile gets, from assignments alone (the diff has no device): the
 * highest-priority ESP included for a group the profile is included for; else the default ESP (priority 0, as
 * Intune's "All users and all devices"); else the highest-priority ESP assigned to no group at all (so a model
 * without assignments gets the ESP {@code explain} takes); else none.
 */
public final class EspChoice {

    private static final Comparator<EnrollmentStatusPage> BY_PRIORITY =
            Comparator.comparingInt(EnrollmentStatusPage::getPriority);

    private EspChoice() {
    }

    /** The ESP for devices receiving {@code profile} in {@code model}, if the model has any ESP. */
    public static Optional<EnrollmentStatusPage> forProfile(AutopilotModel model, DeploymentProfile profile) {
        List<EnrollmentStatusPage> esps = model.getEnrollmentStatusPages();
        Set<Group> groups = included(profile);
        Optional<EnrollmentStatusPage> targeted = esps.stream()
                .filter(esp -> esp.getPriority() > 0 && included(esp).stream().anyMatch(groups::contains))
                .min(BY_PRIORITY);
        if (targeted.isPresent()) {
            return targeted;
        }
        Optional<EnrollmentStatusPage> fallback = esps.stream().filter(esp -> esp.getPriority() == 0).findFirst();
        return fallback.isPresent() ? fallback
                : esps.stream().filter(esp -> esp.getAssignments().isEmpty()).min(BY_PRIORITY);
    }

    private static Set<Group> included(AssignableConfiguration configuration) {
        return configuration.getAssignments().stream()
                .filter(a -> a.getIntent() == AssignmentIntent.INCLUDED && a.getGroup() != null)
                .map(a -> a.getGroup()).collect(Collectors.toSet());
    }
}
