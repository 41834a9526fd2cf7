package org.flowpilot.model.query;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FailurePageChoice;

/**
 * What the Enrollment Status Page shows when installation fails or times out: its message and the buttons its
 * settings allow (windows-enrollment-status.md): Retry, Reset device and Continue anyway only while the page blocks
 * device use until all apps and profiles are installed, and Collect logs when log collection is on.
 */
public final class EspErrorPage {

    /** The message the error page shows when the configuration has no custom one. */
    public static final String DEFAULT_MESSAGE =
            "Setup could not be completed. Please try again or contact your support person for help.";

    private EspErrorPage() {
    }

    /** The buttons the error page of {@code esp} offers, in the order the page shows them. */
    public static List<FailurePageChoice> buttons(EnrollmentStatusPage esp) {
        List<FailurePageChoice> buttons = new ArrayList<>(4);
        boolean blocks = esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled();
        if (blocks) {
            buttons.add(FailurePageChoice.RETRY);
        }
        if (blocks && esp.isAllowResetOnInstallationError()) {
            buttons.add(FailurePageChoice.RESET);
        }
        if (blocks && esp.isAllowUseOnInstallationError()) {
            buttons.add(FailurePageChoice.CONTINUE_ANYWAY);
        }
        if (esp.isTurnOnLogCollectionAndDiagnostics()) {
            buttons.add(FailurePageChoice.COLLECT_LOGS);
        }
        return buttons;
    }

    /** How the error page labels {@code button}: "Reset device" where the choice is called Reset. */
    public static String buttonLabel(FailurePageChoice button) {
        return button == FailurePageChoice.RESET ? "Reset device" : button.getLiteral();
    }

    /** The message the error page of {@code esp} shows. */
    public static String message(EnrollmentStatusPage esp) {
        String custom = esp.getCustomMessage();
        return esp.isShowCustomMessage() && custom != null && !custom.isBlank() ? custom : DEFAULT_MESSAGE;
    }
}
