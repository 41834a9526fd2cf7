package org.flowpilot.interop.compare;

import java.util.List;

/**
 * A deployment profile or ESP configuration, matched by name, that differs between two models: added, removed, or
 * changed in the listed settings.
 */
public record ConfigurationChange(ConfigurationKind kind, String name, Presence presence,
        List<SettingChange> settings) {

    /** Whether the configuration is in both models or in one of them only. */
    public enum Presence {
        /** Only in the model after. */
        ADDED,
        /** Only in the model before. */
        REMOVED,
        /** In both, with settings that differ. */
        CHANGED
    }

    public ConfigurationChange {
        settings = List.copyOf(settings);
    }

    /** One line for people naming the configuration, such as {@code Deployment profile 'Kiosk' added}. */
    public String describe() {
        String it = kind.label() + " '" + name + "'";
        return switch (presence) {
            case ADDED -> it + " added";
            case REMOVED -> it + " removed";
            case CHANGED -> it + " changed";
        };
    }
}
