package org.flowpilot.engine.internal;

import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.model.Condition;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.Step;

/** A step of a prepared flow with its outgoing edges resolved, or a failure screen the engine adds. */
final class Node {

    enum Kind {
        POWER_ON("power-on"), NETWORK_CHECK("network-check"), SCREEN("screen"), SIGN_IN("sign-in"), MFA("mfa"),
        ESP_PHASE("esp-phase"), REBOOT("reboot"), WINDOWS_KEY("windows-key"), RESEAL("reseal"),
        WINDOWS_SIGN_ON("windows-sign-on"), DESKTOP("desktop"), CUSTOM("custom"), ESP_ERROR("esp-error"),
        PROVISION_FAILURE("provision-result"), STEP_BUDGET("step-budget");

        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    record Edge(Condition guard, boolean otherwise, boolean onOutcome, Node target) {
    }

    final Step step;
    final Kind kind;
    final String name;
    final ScreenKind screen;
    final boolean beforeProfileDownload;
    Edge[] edges = new Edge[0];
    boolean hasOutcomeEdges;
    StepExecutor executor;

    Node(Step step, Kind kind, String name, ScreenKind screen, boolean beforeProfileDownload) {
        this.step = step;
        this.kind = kind;
        this.name = name;
        this.screen = screen;
        this.beforeProfileDownload = beforeProfileDownload;
    }
}
