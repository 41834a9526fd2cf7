package org.flowpilot.interop.compare;

/** The kinds of configuration a comparison matches by name. */
public enum ConfigurationKind {
    /** A Windows Autopilot deployment profile. */
    DEPLOYMENT_PROFILE("Deployment profile"),
    /** An Enrollment Status Page configuration. */
    ESP("Enrollment Status Page");

    private final String label;

    ConfigurationKind(String label) {
        this.label = label;
    }

    /** How people call it. */
    public String label() {
        return label;
    }
}
