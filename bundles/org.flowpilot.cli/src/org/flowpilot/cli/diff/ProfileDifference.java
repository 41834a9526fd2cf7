package org.flowpilot.cli.diff;

import java.util.List;

import org.flowpilot.interop.compare.ConfigurationChange.Presence;

/**
 * What people see differently for one deployment profile: it was added or removed, or some scenarios of the explain
 * matrix changed, with the settings that caused them.
 *
 * @param profile the profile's name
 * @param presence added, removed, or in both models
 * @param espBefore the name of the ESP its devices get before, or null (none, or added)
 * @param espAfter the same after
 * @param scenarios how many scenarios were compared
 * @param causes the settings behind the change, profile's first, then the ESP's
 * @param changes the scenarios whose screens, outcome or minutes changed, in the matrix's order
 */
public record ProfileDifference(String profile, Presence presence, String espBefore, String espAfter,
        int scenarios, List<Cause> causes, List<ScenarioChange> changes) {

    public ProfileDifference {
        causes = List.copyOf(causes);
        changes = List.copyOf(changes);
    }
}
