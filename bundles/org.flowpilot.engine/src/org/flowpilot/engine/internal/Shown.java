package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemRecord;

/** What one step showed the person and why: a step record without its position, element and transition. */
record Shown(Screen screen, String screenId, boolean shown, List<String> buttons, String username,
        EspPhaseId espPhase, StepStatus status, String reason, String message, String errorCode,
        List<TrackedItemRecord> items) {

    /** A step without a screen that ran. */
    static Shown ran(String reason) {
        return new Shown(null, null, false, List.of(), null, null, StepStatus.RAN, reason, null, null, List.of());
    }

    /** {@code screen} on display with {@code buttons}. */
    static Shown screen(Screen screen, List<String> buttons, String reason) {
        return new Shown(screen, id(screen), screen != null, buttons, null, null, StepStatus.RAN, reason, null, null,
                List.of());
    }

    /** {@code screen} not on display, with {@code status}. */
    static Shown notShown(Screen screen, StepStatus status, String reason) {
        return new Shown(screen, id(screen), false, List.of(), null, null, status, reason, null, null, List.of());
    }

    /** An extension's step, whose screen (if any) is its own. */
    static Shown custom(String screenId, boolean shown, List<String> buttons, StepStatus status, String reason) {
        return new Shown(null, screenId, shown, buttons, null, null, status, reason, null, null, List.of());
    }

    private static String id(Screen screen) {
        return screen == null ? null : screen.id();
    }

    Shown withStatus(StepStatus value) {
        return new Shown(screen, screenId, shown, buttons, username, espPhase, value, reason, message, errorCode,
                items);
    }

    Shown withReason(String value) {
        return new Shown(screen, screenId, shown, buttons, username, espPhase, status, value, message, errorCode,
                items);
    }

    Shown withButtons(List<String> value) {
        return new Shown(screen, screenId, shown, value, username, espPhase, status, reason, message, errorCode,
                items);
    }

    Shown withUsername(String value) {
        return new Shown(screen, screenId, shown, buttons, value, espPhase, status, reason, message, errorCode,
                items);
    }

    Shown withMessage(String value) {
        return new Shown(screen, screenId, shown, buttons, username, espPhase, status, reason, value, errorCode,
                items);
    }

    Shown withErrorCode(String value) {
        return new Shown(screen, screenId, shown, buttons, username, espPhase, status, reason, message, value,
                items);
    }

    /** The ESP phase {@code phase}, on display or not, with the items it tracked. */
    Shown inPhase(EspPhaseId phase, boolean onDisplay, List<TrackedItemRecord> tracked) {
        return new Shown(screen, screenId, onDisplay, buttons, username, phase, status, reason, message, errorCode,
                tracked);
    }
}
