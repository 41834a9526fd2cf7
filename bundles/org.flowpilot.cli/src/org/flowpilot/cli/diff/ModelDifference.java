package org.flowpilot.cli.diff;

import java.util.List;

import org.flowpilot.interop.compare.ConfigurationChange;

/**
 * The difference between two models as people at the device see it.
 *
 * @param profiles the profiles whose flows a person sees differently (added and removed ones too)
 * @param unseen the configuration changes behind none of them: settings changed that no one sees
 * @param profilesCompared how many profiles were in both models and explained on both sides
 */
public record ModelDifference(List<ProfileDifference> profiles, List<ConfigurationChange> unseen,
        int profilesCompared) {

    public ModelDifference {
        profiles = List.copyOf(profiles);
        unseen = List.copyOf(unseen);
    }

    /** Whether a person sees anything differently: the exit code 1 of {@code flowpilot diff}. */
    public boolean visible() {
        return !profiles.isEmpty();
    }
}
