package org.flowpilot.interop;

import java.util.Arrays;
import java.util.Optional;

/** The formats {@link ModelExporter} writes, by the names the command line and the wizard use. */
public enum ExportFormat {
    /** Graph beta JSON of the deployment profiles and ESP configurations. */
    GRAPH_JSON("graph-json"),
    /** Intune's hardware hash CSV of the devices. */
    CSV("csv"),
    /** AutopilotConfigurationFile.json of one user-driven profile. */
    AUTOPILOT_CONFIG("autopilot-config");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    /** The name on the command line, such as {@code graph-json}. */
    public String id() {
        return id;
    }

    /** The format called {@code id}, if any. */
    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
