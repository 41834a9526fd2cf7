package org.flowpilot.diagram;

/**
 * States a diagram element can be shown in beside its model data, set by tools such as a run animation. The client
 * draws each as the CSS class {@code highlight-<id>}.
 */
public enum Highlight {
    /** The step a run is at now. */
    CURRENT_STEP("current-step"),
    /** A step a run has passed through. */
    PATH_TAKEN("path-taken"),
    /** A transition a run has followed. */
    TRANSITION_TAKEN("transition-taken"),
    /** A step with a breakpoint. */
    BREAKPOINT("breakpoint");

    private final String id;

    Highlight(String id) {
        this.id = id;
    }

    /** The stable id, used in the CSS class. */
    public String id() {
        return id;
    }
}
