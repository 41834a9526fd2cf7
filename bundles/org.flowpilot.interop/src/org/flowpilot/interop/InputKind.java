package org.flowpilot.interop;

/** The kinds of file {@link ModelImporter} recognizes from their content. */
public enum InputKind {
    /** A Graph deployment profile, ESP configuration or Autopilot device, or a Graph list response of them. */
    GRAPH_JSON("Microsoft Graph JSON"),
    /** The same in YAML, as Intune-as-code tools such as IntuneCD write it. */
    GRAPH_YAML("Microsoft Graph YAML"),
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
