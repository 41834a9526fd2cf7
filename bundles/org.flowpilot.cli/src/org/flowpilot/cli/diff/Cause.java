package org.flowpilot.cli.diff;

import org.flowpilot.interop.compare.ConfigurationKind;
import org.flowpilot.interop.compare.SettingChange;

/**
 * A setting behind a profile's changed scenarios: one of the profile's own settings, one of the settings of the ESP
 * its devices get, or that they get another ESP ({@link #ESP_IN_EFFECT}).
 *
 * @param kind whose setting it is; null for what the model says beyond its configurations (the assigned user)
 * @param configuration the ESP's name for an ESP setting, else null
 * @param setting the setting's stable id, such as {@code profile.privacySettings}
 * @param label what people call it, such as {@code Privacy settings}
 * @param before the value before, as the admin center shows it
 * @param after the value after
 */
public record Cause(ConfigurationKind kind, String configuration, String setting, String label, String before,
        String after) {

    /** The id of the cause "the devices get another ESP". */
    public static final String ESP_IN_EFFECT = "profile.espInEffect";
    /** The id of the cause "another user is assigned in the scenarios with an assigned user". */
    public static final String ASSIGNED_USER = "model.assignedUser";
    /** The id of the cause "the organization's name, which OOBE's sign-in page shows, changed". */
    public static final String ORGANIZATION_NAME = "model.organizationName";

    static Cause profile(SettingChange change) {
        return new Cause(ConfigurationKind.DEPLOYMENT_PROFILE, null, change.setting().id(), name(change),
                change.before(), change.after());
    }

    static Cause esp(String esp, SettingChange change) {
        return new Cause(ConfigurationKind.ESP, esp, change.setting().id(), name(change), change.before(),
                change.after());
    }

    static Cause espInEffect(String before, String after) {
        return new Cause(ConfigurationKind.ESP, null, ESP_IN_EFFECT, "Enrollment Status Page", before, after);
    }

    static Cause model(String setting, String label, String before, String after) {
        return new Cause(null, null, setting, label, before, after);
    }

    private static String name(SettingChange change) {
        return change.subject() == null ? change.setting().label() : change.subject();
    }

    /** One line for people, such as {@code Privacy settings: Show → Hide} or {@code ESP 'X': Priority: 1 → 2}. */
    public String describe() {
        return (configuration == null ? "" : "ESP '" + configuration + "': ") + label + ": " + before + " \u2192 "
                + after;
    }
}
