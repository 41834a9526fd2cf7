package org.flowpilot.interop;

/** Why a folder import left a file or folder out. */
public enum SkipReason {
    /** Neither {@code .json} nor {@code .yaml}/{@code .yml}: scripts, documentation, certificates. */
    NOT_JSON_OR_YAML("not a JSON or YAML file"),
    /** JSON or YAML of another kind of configuration, or without an {@code @odata.type}. */
    OTHER_KIND("not a deployment profile, ESP configuration or Autopilot device"),
    /** A folder whose name starts with a dot, such as {@code .git}. */
    HIDDEN_FOLDER("hidden folder"),
    /** IntuneCD's {@code __archive__} folder of configurations since removed from the tenant. */
    ARCHIVE_FOLDER("IntuneCD's archive of configurations removed from the tenant"),
    /** A symbolic link or special file, which the import does not follow. */
    NOT_A_REGULAR_FILE("a link or special file, not followed");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    /** How messages say it. */
    public String label() {
        return label;
    }
}
