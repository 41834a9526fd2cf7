package org.flowpilot.interop.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.flowpilot.interop.compare.ConfigurationChange.Presence;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.TrackedItem;

/**
 * What differs between two models' deployment profiles and ESP configurations, setting by setting, in the Intune
 * admin center's words. Configurations are matched by name (backups have no ids), in the order of the model after,
 * then the removed ones.
 */
public final class ConfigurationComparison {

    private ConfigurationComparison() {
    }

    /** The profiles and ESPs that differ between {@code before} and {@code after}; empty when none does. */
    public static List<ConfigurationChange> compare(AutopilotModel before, AutopilotModel after) {
        List<ConfigurationChange> changes = new ArrayList<>();
        match(ConfigurationKind.DEPLOYMENT_PROFILE, before.getProfiles(), after.getProfiles(), changes,
                ConfigurationComparison::compare);
        match(ConfigurationKind.ESP, before.getEnrollmentStatusPages(), after.getEnrollmentStatusPages(), changes,
                ConfigurationComparison::compare);
        return changes;
    }

    /** The settings of {@code before} that {@code after} has another value for, in the admin center's order. */
    public static List<SettingChange> compare(DeploymentProfile before, DeploymentProfile after) {
        return settings(ConfigurationKind.DEPLOYMENT_PROFILE, before, after);
    }

    /** The settings and tracked items of {@code before} that differ in {@code after}. */
    public static List<SettingChange> compare(EnrollmentStatusPage before, EnrollmentStatusPage after) {
        List<SettingChange> changes = settings(ConfigurationKind.ESP, before, after);
        Map<String, String> itemsBefore = trackedItems(before);
        Map<String, String> itemsAfter = trackedItems(after);
        Set<String> subjects = new LinkedHashSet<>(itemsBefore.keySet());
        subjects.addAll(itemsAfter.keySet());
        for (String subject : subjects) {
            String was = itemsBefore.getOrDefault(subject, Setting.NONE);
            String is = itemsAfter.getOrDefault(subject, Setting.NONE);
            if (!was.equals(is)) {
                changes.add(new SettingChange(Setting.TRACKED_ITEM, subject, was, is));
            }
        }
        return changes;
    }

    private interface Comparer<T> {
        List<SettingChange> compare(T before, T after);
    }

    private static <T extends NamedElement> void match(ConfigurationKind kind, List<T> before, List<T> after,
            List<ConfigurationChange> changes, Comparer<T> comparer) {
        Map<String, T> remaining = new LinkedHashMap<>();
        before.forEach(element -> remaining.putIfAbsent(Objects.toString(element.getName(), ""), element));
        for (T element : after) {
            String name = Objects.toString(element.getName(), "");
            T previous = remaining.remove(name);
            if (previous == null) {
                changes.add(new ConfigurationChange(kind, name, Presence.ADDED, List.of()));
                continue;
            }
            List<SettingChange> settings = comparer.compare(previous, element);
            if (!settings.isEmpty()) {
                changes.add(new ConfigurationChange(kind, name, Presence.CHANGED, settings));
            }
        }
        remaining.forEach((name, element) -> changes.add(new ConfigurationChange(kind, name, Presence.REMOVED,
                List.of())));
    }

    private static List<SettingChange> settings(ConfigurationKind kind, Object before, Object after) {
        List<SettingChange> changes = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            if (setting.kind() != kind || setting == Setting.TRACKED_ITEM) {
                continue;
            }
            String was = setting.valueOf(before);
            String is = setting.valueOf(after);
            if (!was.equals(is)) {
                changes.add(new SettingChange(setting, null, was, is));
            }
        }
        return changes;
    }

    /** Each tracked item as {@code Phase > Item} with its minutes and simulated outcome. */
    private static Map<String, String> trackedItems(EnrollmentStatusPage esp) {
        Map<String, String> items = new LinkedHashMap<>();
        for (EspPhase phase : esp.getPhases()) {
            for (TrackedItem item : phase.getTrackedItems()) {
                items.put(phase.getKind().getLiteral() + " > " + item.getName(), item.getEstimatedMinutes()
                        + " minutes, " + item.getSimulatedOutcome().getLiteral().toLowerCase(Locale.ROOT));
            }
        }
        return items;
    }
}
