package org.flowpilot.engine.internal;

import org.flowpilot.engine.Network;
import org.flowpilot.model.query.TechnicianFlowTiming;

/** Power on: a wired device is online at once; the user flow's timing caveats are said here. */
final class PowerOnHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        String reason = switch (run.scenario.network()) {
            case WIRED -> "Powered on with a wired connection: online at once, the Autopilot profile downloads.";
            case WIFI -> "Powered on without a wired connection: the region and keyboard come before connecting.";
            case NONE -> "Powered on without any network: connectivity to the Internet is required.";
        };
        if (run.mode == RunContext.Mode.PRE_PROVISIONED_USER) {
            reason += timingCaveats(run);
        }
        if (run.mode == RunContext.Mode.SELF_DEPLOYING && run.scenario.assignedUser() != null) {
            reason += " Self-deploying ignores the user assigned to the device ("
                    + run.scenario.assignedUser().userPrincipalName() + ").";
        }
        return Taken.follow(Shown.ran(reason), run.scenario.network() == Network.WIRED ? before.connected() : before);
    }

    // pre-provision.md advises both but names no visible effect of a short wait, so the run only says so; a late
    // user flow makes Win32 detection fail, which the ESP phases show (RunContext plans those items to fail).
    private static String timingCaveats(RunContext run) {
        if (run.scenario.technicianFlowCompleted() == null || run.scenario.runStarts() == null) {
            return "";
        }
        if (TechnicianFlowTiming.tooSoon(run.scenario.technicianFlowCompleted(), run.scenario.runStarts())) {
            long minutes = run.scenario.minutesSinceTechnicianFlow();
            return (minutes < 0 ? " The user flow starts before the technician flow finished"
                    : " The user flow starts " + minutes + " minutes after the technician flow")
                    + "; the documentation advises waiting at least " + TechnicianFlowTiming.MINIMUM_WAIT.toMinutes()
                    + " minutes so that tokens refresh.";
        }
        if (TechnicianFlowTiming.tooLate(run.scenario.technicianFlowCompleted(), run.scenario.runStarts())) {
            return " The user flow starts more than " + TechnicianFlowTiming.VALID_MONTHS + " months after the"
                    + " technician flow: Win32 apps may fail their detection.";
        }
        return "";
    }
}
