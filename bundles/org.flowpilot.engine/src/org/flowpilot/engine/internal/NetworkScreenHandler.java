package org.flowpilot.engine.internal;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepStatus;

/**
 * "Let's connect you to a network" (network-connectivity.md): skipped on a wired network, connects over Wi-Fi, and
 * blocks the run without any network.
 */
final class NetworkScreenHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        return switch (run.scenario.network()) {
            case WIRED -> Taken.follow(Shown.notShown(Screen.NETWORK_CONNECTION, StepStatus.SKIPPED,
                    "Wired connectivity: the network screen does not appear."), before);
            case WIFI -> Taken.follow(Shown.screen(Screen.NETWORK_CONNECTION, run.buttons(Screen.NETWORK_CONNECTION),
                    "Let's connect you to a network: the person connects to Wi-Fi, Next becomes available, and the"
                            + " Autopilot profile downloads."), before.connected());
            case NONE -> Taken.follow(Shown.screen(Screen.NETWORK_CONNECTION, java.util.List.of(),
                    "Connectivity to the Internet is required: without a wired or Wi-Fi network, Next never becomes"
                            + " available.").withStatus(StepStatus.FAILED),
                    before.ended(RunOutcome.BLOCKED, "Blocked at the network screen: the device has no network and"
                            + " Autopilot needs the Internet."));
        };
    }
}
