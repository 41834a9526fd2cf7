package org.flowpilot.engine.internal;

import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepKind;

/**
 * How long each kind of step takes on the simulated clock, and where each figure comes from. The Autopilot
 * documentation gives durations only for what the ESP installs (modeled per tracked item as its estimated minutes),
 * the ESP timeout (60 minutes by default, 40 more for hybrid join) and quality updates (20 to 40 minutes); every
 * other figure here is an assumption, named as such, chosen so that the Timeline reads like a real deployment.
 */
enum Durations {
    /** Assumption: from pressing the power button to the first OOBE screen. */
    POWER_ON(2),
    /** Assumption: a person reads one OOBE screen and answers it (region, keyboard, sign-in, MFA, menus). */
    SCREEN(1),
    /** Assumption: the person picks a Wi-Fi network and types its key, then the profile downloads. */
    NETWORK_CONNECTION(3),
    /** Assumption: a restart with nothing to install. */
    REBOOT(2),
    /** Assumption: the docs only say the device "might reboot to apply critical security updates". */
    CRITICAL_UPDATE_REBOOT(10),
    /** Assumption: saving the logs of a failure page, for example to a USB drive. */
    COLLECT_LOGS(5),
    /** Assumption: the device resets and restarts OOBE (the docs give no figure for an ESP reset). */
    RESET(20),
    /** Retry starts the failed phase again at once; the phase's items then take their own minutes. */
    RETRY(0),
    /** Documented (windows-enrollment-status.md): quality updates add 20 to 40 minutes; the lower figure. */
    QUALITY_UPDATES(20);

    private final int minutes;

    Durations(int minutes) {
        this.minutes = minutes;
    }

    int minutes() {
        return minutes;
    }

    /** The minutes a press on a failure page takes. */
    static int of(FailureChoice choice) {
        return switch (choice) {
            case COLLECT_LOGS -> COLLECT_LOGS.minutes;
            case RESET -> RESET.minutes;
            case RETRY, CONTINUE_ANYWAY, STAY -> RETRY.minutes;
        };
    }

    /**
     * The minutes a step of {@code kind} takes besides what it already counted (ESP items, custom step results):
     * screens count only when shown.
     */
    static int of(StepKind kind, boolean shown, Screen screen, boolean criticalUpdate) {
        return switch (kind) {
            case POWER_ON -> POWER_ON.minutes;
            case REBOOT -> criticalUpdate ? CRITICAL_UPDATE_REBOOT.minutes : REBOOT.minutes;
            case SCREEN, NETWORK_CHECK, SIGN_IN, MFA, WINDOWS_KEY, WINDOWS_SIGN_ON -> !shown ? 0
                    : screen == Screen.NETWORK_CONNECTION ? NETWORK_CONNECTION.minutes : SCREEN.minutes;
            case ESP_PHASE, ESP_ERROR, PROVISION_FAILURE, RESEAL, DESKTOP, CUSTOM, STEP_BUDGET, EXTENSION_FAILURE -> 0;
        };
    }
}
