package org.flowpilot.engine.internal;

/** A restart; with a critical OOBE update available, the one that applies it (network-connectivity.md). */
final class RebootHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        return Taken.follow(Shown.ran(run.scenario.criticalUpdateAvailable()
                ? "The device reboots to apply critical OOBE updates, then the Autopilot process goes on."
                : "The device restarts, as the deployment documents for this point."), before);
    }
}
