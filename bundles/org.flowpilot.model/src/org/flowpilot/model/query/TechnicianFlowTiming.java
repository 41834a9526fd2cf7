package org.flowpilot.model.query;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The two timing caveats of a pre-provisioned deployment's user flow (pre-provision.md, "User flow"): wait at least
 * 90 minutes after the technician flow so tokens refresh, and run the user flow within six months of it, else the
 * Intune Management Extension certificates may no longer be valid and Win32 app detection fails.
 */
public final class TechnicianFlowTiming {

    /** The least the documentation advises waiting between the technician flow and the user flow. */
    public static final Duration MINIMUM_WAIT = Duration.ofMinutes(90);

    /** After this many months the technician flow's certificates may no longer be valid. */
    public static final int VALID_MONTHS = 6;

    /** The Intune Management Extension's log line when Win32 app detection fails that way (pre-provision.md). */
    public static final String EXPIRED_DETECTION_LOG = "[Win32App][DetectionActionHandler] Detection ... action status:"
            + " Failed and detection state: NotComputed";

    private TechnicianFlowTiming() {
    }

    /** Whether the user flow starts more than six months after the technician flow finished. */
    public static boolean tooLate(Instant technicianFlowCompleted, Instant userFlowStarts) {
        return userFlowStarts.isAfter(technicianFlowCompleted.atOffset(ZoneOffset.UTC).plusMonths(VALID_MONTHS)
                .toInstant());
    }

    /** Whether the user flow starts less than 90 minutes after the technician flow finished. */
    public static boolean tooSoon(Instant technicianFlowCompleted, Instant userFlowStarts) {
        return Duration.between(technicianFlowCompleted, userFlowStarts).compareTo(MINIMUM_WAIT) < 0;
    }
}
