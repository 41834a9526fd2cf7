package org.flowpilot.interop;

/**
 * Options of an export. {@code includeReadOnly} writes id, createdDateTime and lastModifiedDateTime (a full
 * resource instead of a create body); {@code profileName}, {@code tenantId} and {@code tenantDomain} concern
 * AutopilotConfigurationFile.json and may be null.
 */
public record ExportOptions(GraphShape shape, boolean includeReadOnly, String profileName, String tenantId,
        String tenantDomain) {

    /** Current Graph names, create bodies, the only profile, the tenant from an earlier import. */
    public static ExportOptions defaults() {
        return new ExportOptions(GraphShape.CURRENT, false, null, null, null);
    }
}
