package org.flowpilot.interop;

/** The kinds of file {@link ModelImporter} recognizes from their content. */
public enum InputKind {
    /** A Graph deployment profile or ESP configuration, or a Graph list response of them. */
    GRAPH_JSON("Microsoft Graph JSON"),
    /** AutopilotConfigurationFile.json, the offline profile for existing devices. */
    AUTOPILOT_CONFIG("AutopilotConfigurationFile.json"),
    /** Intune's hardware hash CSV. */
    HARDWARE_HASH_CSV("hardware hash CSV");

    private final String label;

    InputKind(String label) {
        this.label = label;
    }

    /** How messages name this kind. */
    public String label() {
        return label;
    }
}
