package org.flowpilot.engine.internal;

/** The network check at power on; in a flow that models no network screen, it stands for that screen. */
final class NetworkCheckHandler implements StepHandler {

    private final StepHandler networkScreen;

    NetworkCheckHandler(StepHandler networkScreen) {
        this.networkScreen = networkScreen;
    }

    @Override
    public Taken take(Node node, State before, RunContext run) {
        if (!run.flow.hasNetworkScreen) {
            return networkScreen.take(node, before, run);
        }
        return Taken.follow(Shown.ran(switch (run.scenario.network()) {
            case WIRED -> "Wired connectivity: no network screens.";
            case WIFI, NONE -> "No wired connectivity: the region, keyboard and network screens come first.";
        }), before);
    }
}
