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
 * azure-ad-join-user-flow.md, technician-flow.md, self-deploying.md) and after Continue anyway bypassed the ESP;
 * failed at once by attestation, an enrollment Autopilot refuses or an unreachable domain controller; else installing
 * its items, and waiting for them only when the ESP blocks device use. A failure or timeout goes to the ESP error page,
 * or in the technician flow to the red result screen. The first phase that runs names the ESP configuration.
 */
final class EspPhaseHandler implements StepHandler {

    /** windows-enrollment-status.md, "Block device use until all apps and profiles are installed: No". */
    static final String NOT_BLOCKING = " Block device use until all apps and profiles are installed is No: the"
            + " person can leave the ESP before Intune has finished setting up the device"
            + " (windows-enrollment-status.md), so the run does not wait for this phase's apps and profiles; they go on"
            + " installing in the background, and one that fails shows no error page. The documents do not name the"
            + " control that lets the person leave.";

    /** windows-enrollment-status.md, "Allow users to use device if installation error occurs". */
    static final String BYPASSED = "Not shown: the person bypassed the ESP with Continue anyway, which lets them"
            + " \"bypass the ESP and use their devices\" (windows-enrollment-status.md), so the later phases do not hold"
            + " them. The documents do not say whether this phase's apps and policies still install in the"
            + " background.";

    @Override
    public Taken take(Node node, State before, RunContext run) {
        EspPhaseKind phase = ((EspPhaseStep) node.step).getPhase();
        EspPhaseId id = EspPhaseId.of(phase);
        if (!run.runs(phase)) {
            return Taken.follow(Shown.notShown(Screen.ESP, StepStatus.SKIPPED, skipReason(phase, run))
                    .inPhase(id, false, List.of()), before.withOutcome(StepOutcome.SUCCEEDED));
        }
        if (before.espBypassed()) {
            return Taken.follow(Shown.notShown(Screen.ESP, StepStatus.SKIPPED, BYPASSED).inPhase(id, false, List.of()),
                    before.withOutcome(StepOutcome.SUCCEEDED));
        }
        boolean visible = run.esp.isShowAppAndProfileConfigurationProgress();
        // A page that does not appear shows no controls.
        Shown shown = Shown.screen(Screen.ESP, visible ? run.buttons(ScreenControl.SHOW_DETAILS) : List.of(), null)
                .inPhase(id, visible, List.of());
        String intro = (node == run.firstEspPhase ? run.espConfiguration + " " : "") + phase.getLiteral()
                + (phase == EspPhaseKind.DEVICE_SETUP && run.mode == RunContext.Mode.PRE_PROVISIONED_USER
                        ? " runs again, in case policies or apps were assigned since the technician flow."
                        : " runs.");
        if (!visible) {
            intro += " The ESP is turned off (Show app and profile configuration progress: No), so nothing waits for"
                    + " it.";
        } else if (!run.blocksDeviceUse) {
            intro += NOT_BLOCKING;
        }
        EspFailures.Failure failure = phase == EspPhaseKind.DEVICE_PREPARATION ? EspFailures.attestation(run) : null;
        if (failure == null && before.reenrollmentBlocked() && node == run.firstEspPhase) {
            failure = EspFailures.reenrollment(run);
        }
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
        EspInstallation installation = EspInstallation.install(run.itemsOf(phase), before, run,
                visible && run.blocksDeviceUse, run.scenario.espTimesOut() && node == run.lastEspPhase,
                // The docs name the network as the easily fixed cause Retry is for: the connection is back after it.
                run.scenario.networkLost() && !before.retried() && node == run.firstEspPhase);
        shown = shown.inPhase(id, visible, installation.items()).withStatus(installation.status());
        intro += notes(installation.items(), run);
        if (installation.status() == StepStatus.RAN) {
            if (visible && run.hybrid && phase == EspPhaseKind.ACCOUNT_SETUP
                    && run.mode != RunContext.Mode.SELF_DEPLOYING) {
                shown = shown.withButtons(run.buttons(ScreenControl.SHOW_DETAILS, ScreenControl.SIGN_OUT));
                intro += " Account setup completes and the ESP finishes: the user selects Sign out"
                        + " (hybrid-azure-ad-join-deploy-device.md step 9).";
            }
            return Taken.follow(shown.withReason(intro), installation.after().withOutcome(StepOutcome.SUCCEEDED));
        }
        StepOutcome outcome = installation.status() == StepStatus.TIMED_OUT ? StepOutcome.TIMED_OUT
                : StepOutcome.FAILED;
        return Taken.goTo(shown.withReason(intro + " " + installation.why()), installation.after().failedAt(node,
                outcome, before.errorCode(), phase.getLiteral() + ": " + installation.why()), run.failurePage());
    }

    private static String notes(List<TrackedItemRecord> items, RunContext run) {
        StringBuilder notes = new StringBuilder();
        for (TrackedItemRecord item : items) {
            if (item.outcome() == TrackedItemOutcome.FAILED_NOT_BLOCKING && !run.blocksDeviceUse) {
                notes.append(' ').append(item.name()).append(" fails in the background; no error page shows it.");
            } else if (item.outcome() == TrackedItemOutcome.FAILED_NOT_BLOCKING) {
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
