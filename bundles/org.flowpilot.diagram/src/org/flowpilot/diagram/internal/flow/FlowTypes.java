package org.flowpilot.diagram.internal.flow;

/** The graph model types of the flow diagram, shared with the client's views. */
public final class FlowTypes {

    /** A step of a known kind. */
    public static final String STEP = "node:step";
    /** A custom step whose type no installed extension contributes: drawn as unknown, and kept. */
    public static final String UNKNOWN_STEP = "node:unknown";
    /** An ESP phase step, a container of the tracked items that phase installs. */
    public static final String ESP_PHASE = "node:esp-phase";
    /** A tracked item inside an ESP phase. */
    public static final String TRACKED_ITEM = "node:tracked-item";
    /** A guarded transition. */
    public static final String TRANSITION = "edge:transition";
    /** The palette entry prefix of step kinds: {@code step:<kind id>}. */
    public static final String CREATE_STEP = "step:";
    /** The palette entry prefix of OOBE screens: {@code step:screen:<screen>}. */
    public static final String CREATE_SCREEN = "step:screen:";
    /** The palette entry prefix of ESP phases: {@code step:esp:<phase>}. */
    public static final String CREATE_ESP_PHASE = "step:esp:";
    /** The palette entry prefix of contributed step types: {@code step:custom:<type id>}. */
    public static final String CREATE_CUSTOM = "step:custom:";

    private FlowTypes() {
    }
}
