package org.flowpilot.engine.internal;

import java.util.List;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.ScreenControl;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemOutcome;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.StepOutcome;

/**
 * One phase of the Enrollment Status Page: skipped where the deployment mode does not run it (the user flows of
 * pre-provisioning skip Device preparation, the technician flow and self-deploying run only the device phases:
 * azure-ad-join-user-flow.md, technician-flow.md, self-deploying.md), failed at once by attestation or an
 * unreachable domain controller, else installing its items; a failure or timeout goes to the ESP error page, or in
 * the technician flow to the red result screen.
 */
final class EspPhaseHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        EspPhaseKind phase = ((EspPhaseStep) node.step).getPhase();
        EspPhaseId id = EspPhaseId.of(phase);
        if (!run.runs(phase)) {
            return Taken.follow(Shown.notShown(Screen.ESP, StepStatus.SKIPPED, skipReason(phase, run))
                    .inPhase(id, false, List.of()), before.withOutcome(StepOutcome.SUCCEEDED));
        }
        boolean visible = run.esp.isShowAppAndProfileConfigurationProgress();
        Shown shown = Shown.screen(Screen.ESP, run.buttons(ScreenControl.SHOW_DETAILS), null).inPhase(id, visible,
                List.of());
        String intro = phase.getLiteral() + (phase == EspPhaseKind.DEVICE_SETUP
                && run.mode == RunContext.Mode.PRE_PROVISIONED_USER
                        ? " runs again, in case policies or apps were assigned since the technician flow."
                        : " runs.");
        if (!visible) {
            intro += " The ESP is turned off (Show app and profile configuration progress: No), so nothing waits for"
                    + " it.";
        }
        EspFailures.Failure failure = phase == EspPhaseKind.DEVICE_PREPARATION ? EspFailures.attestation(run) : null;
        if (failure == null && node == run.firstEspPhase && run.hybrid && run.scenario.domainControllerUnreachable()) {
            failure = EspFailures.domainController(run);
            if (failure == null) {
                intro += " " + EspFailures.domainControllerNote(run);
            }
        }
        if (failure != null) {
            return Taken.goTo(shown.withButtons(List.of()).withStatus(StepStatus.FAILED)
                    .withReason(intro + " " + failure.text()).withErrorCode(failure.code()),
                    before.failedAt(node, StepOutcome.FAILED,
                    failure.code() != null ? failure.code() : before.errorCode(), failure.text()), run.failurePage());
        }
        EspInstallation installation = EspInstallation.install(run.itemsOf(phase), before, run, visible,
                run.scenario.espTimesOut() && node == run.lastEspPhase,
                // The docs name the network as the easily fixed cause Retry is for: the connection is back after it.
                run.scenario.networkLost() && !before.retried() && node == run.firstEspPhase);
        shown = shown.inPhase(id, visible, installation.items()).withStatus(installation.status());
        intro += notes(installation.items());
        if (installation.status() == StepStatus.RAN) {
            if (run.hybrid && phase == EspPhaseKind.ACCOUNT_SETUP && run.mode != RunContext.Mode.SELF_DEPLOYING) {
                shown = shown.withButtons(run.buttons(ScreenControl.SHOW_DETAILS, ScreenControl.SIGN_OUT));
                intro += " Account setup completes and the ESP finishes: the user selects Sign out.";
            }
            return Taken.follow(shown.withReason(intro), installation.after().withOutcome(StepOutcome.SUCCEEDED));
        }
        StepOutcome outcome = installation.status() == StepStatus.TIMED_OUT ? StepOutcome.TIMED_OUT
                : StepOutcome.FAILED;
        return Taken.goTo(shown.withReason(intro + " " + installation.why()), installation.after().failedAt(node,
                outcome, before.errorCode(), phase.getLiteral() + ": " + installation.why()), run.failurePage());
    }

    private static String notes(List<TrackedItemRecord> items) {
        StringBuilder notes = new StringBuilder();
        for (TrackedItemRecord item : items) {
            if (item.outcome() == TrackedItemOutcome.FAILED_NOT_BLOCKING) {
                notes.append(' ').append(item.name()).append(" failed, but it is not a selected blocking app: the ESP"
                        + " goes on and retries it at the user's first sign-in.");
            } else if (item.outcome() == TrackedItemOutcome.DEFERRED_TO_USER_FLOW) {
                notes.append(' ').append(item.name()).append(" is not a selected blocking app and Only fail selected"
                        + " blocking apps in technician phase is No: it installs in the user flow.");
            }
        }
        return notes.toString();
    }

    private static String skipReason(EspPhaseKind phase, RunContext run) {
        if (phase == EspPhaseKind.DEVICE_PREPARATION) {
            return "Device preparation does not run in the user flow: it ran in the technician flow.";
        }
        return run.mode == RunContext.Mode.TECHNICIAN
                ? "Only the device phases run in the technician flow: Account setup runs later, in the user flow."
                : "Self-deploying runs only the device phases: Account setup runs when a user signs in later.";
    }
}
