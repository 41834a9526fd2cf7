package org.flowpilot.engine;

import org.flowpilot.model.EnrollmentStatusPage;

/**
 * The button the person presses on a failure page: the Enrollment Status Page error (Retry, Reset device, Continue
 * anyway, Collect logs, each as the ESP configuration allows) or the technician's red result screen (Retry, Reset,
 * View diagnostics or Ctrl+Shift+D Export Logs).
 *
 * @since 1.0
 */
public enum FailureChoice implements CommandLineId {
    /** The person presses nothing: the run ends at the failure page (what the documentation describes). */
    STAY("stay"),
    /** Retry: the failed phase runs again. */
    RETRY("retry"),
    /** Reset: the device starts over from the first OOBE screen. */
    RESET("reset"),
    /** Continue anyway (ESP error only): the ESP is bypassed and the flow goes on past the failed phase. */
    CONTINUE_ANYWAY("continue-anyway"),
    /** Collect logs (or View diagnostics, Export Logs): the logs are saved and the same page stays on display. */
    COLLECT_LOGS("collect-logs");

    private final String id;

    FailureChoice(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * Whether the Enrollment Status Page error page of {@code esp} offers this choice (windows-enrollment-status.md):
     * Retry, Reset device and Continue anyway only on a page that blocks device use ("Block device use until all apps
     * and profiles are installed: Yes", which the admin center needs before it offers the reset and use settings, and
     * which has no setting to hide Retry), the last two when the configuration allows them; Collect logs when log
     * collection is on. {@link #STAY} is no button and never offered.
     */
    public boolean isOfferedOnEspError(EnrollmentStatusPage esp) {
        boolean blocks = esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled();
        return switch (this) {
            case RETRY -> blocks;
            case RESET -> blocks && esp.isAllowResetOnInstallationError();
            case CONTINUE_ANYWAY -> blocks && esp.isAllowUseOnInstallationError();
            case COLLECT_LOGS -> esp.isTurnOnLogCollectionAndDiagnostics();
            case STAY -> false;
        };
    }

    /** The choice named {@code id}, such as {@code retry} or {@code continue-anyway}. */
    public static FailureChoice fromId(String id) {
        return CommandLineId.fromId(FailureChoice.class, id.trim(), "failure choice");
    }
}
