package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.ScreenControl;

/**
 * The person on a failure page (the ESP error page, the technician's red screen) presses the scenario's next
 * choice; without a choice left the run ends at the page, as documented.
 */
final class FailurePage {

    private FailurePage() {
    }

    /** The scenario's next choice on a failure page, or {@link FailureChoice#STAY} when none is left. */
    static FailureChoice nextChoice(State before, RunContext run) {
        List<FailureChoice> choices = run.scenario.failureChoices();
        return before.choicesUsed() < choices.size() ? choices.get(before.choicesUsed()) : FailureChoice.STAY;
    }

    /** What pressing the next choice on {@code screen}, shown as {@code shown} by the step {@code page}, does. */
    static StepHandler.Taken press(Shown shown, State before, RunContext run, Node page, Screen screen) {
        FailureChoice choice = nextChoice(before, run);
        if (choice == FailureChoice.STAY) {
            return StepHandler.Taken.follow(shown, before.ended(RunOutcome.FAILED, null));
        }
        State pressed = before.pressed();
        ScreenControl control = offered(screen, choice, run) ? screen.control(choice) : null;
        if (control == null || choice != FailureChoice.COLLECT_LOGS && before.failedAt() == null) {
            return StepHandler.Taken.follow(shown.withReason(shown.reason() + " The scenario presses " + choice.id()
                    + ", which this page does not offer: the run ends here."), pressed.ended(RunOutcome.FAILED, null));
        }
        String button = control.label(run.scenario.windows());
        State later = pressed.later(Durations.of(choice));
        return switch (choice) {
            case COLLECT_LOGS -> StepHandler.Taken.goTo(shown.withReason(shown.reason() + " The person selects "
                    + button + ": the logs are saved (for example to a USB drive) and the page stays."), later, page);
            case RETRY -> StepHandler.Taken.goTo(shown.withReason(shown.reason() + " The person selects " + button
                    + ": " + before.failedAt().name + " runs again."), later.retrying(), before.failedAt());
            case RESET -> reset(shown, before, run, button, later);
            case CONTINUE_ANYWAY -> new StepHandler.Taken(shown.withReason(shown.reason() + " The person selects "
                    + button + ": the ESP is bypassed and the device is used although the installation failed"
                    + " (windows-enrollment-status.md: \"bypass the ESP and use their devices\"); the later ESP phases"
                    + " do not show."), later.continuedAnyway(), null, before.failedAt());
            case STAY -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * Reset: setup starts over from the first step. The technician's red screen documents this ("the process starts
     * over again", technician-flow.md); a device Autopilot enrolls only once will fail to enroll again.
     */
    private static StepHandler.Taken reset(Shown shown, State before, RunContext run, String button, State later) {
        boolean blocked = run.resetBlocksReenrollment(before.failedAt());
        String after = blocked ? "; a device cannot enroll through Windows Autopilot again after its first deployment,"
                + " so enrollment will fail (pre-provision.md)." : ".";
        return StepHandler.Taken.goTo(shown.withReason(shown.reason() + " The person selects " + button
                + ": the device resets and setup starts over" + after), later.reset(blocked), run.flow.start);
    }

    // The ESP error page shows only the buttons its configuration allows; the technician's screen all it has.
    private static boolean offered(Screen screen, FailureChoice choice, RunContext run) {
        return screen != Screen.ESP_ERROR || choice.isOfferedOnEspError(run.esp);
    }
}
