package org.flowpilot.diagram.internal.flow;

import org.eclipse.glsp.server.operations.Operation;

/** Hides or shows the screen of a screen step in a deployment profile ("Hide in profile", "Show in profile"). */
public class ScreenVisibilityOperation extends Operation {

    /** The operation kind. */
    public static final String KIND = "flowpilotSetScreenHidden";

    private String stepId;
    private String profileId;
    private boolean hidden;

    /** An empty operation, for deserialization. */
    public ScreenVisibilityOperation() {
        super(KIND);
    }

    /** Hides ({@code hidden}) or shows the screen of the step {@code stepId} in the profile {@code profileId}. */
    public ScreenVisibilityOperation(String stepId, String profileId, boolean hidden) {
        this();
        this.stepId = stepId;
        this.profileId = profileId;
        this.hidden = hidden;
    }

    /** The screen step. */
    public String getStepId() {
        return stepId;
    }

    /** The profile. */
    public String getProfileId() {
        return profileId;
    }

    /** Whether to hide (true) or show the screen. */
    public boolean isHidden() {
        return hidden;
    }
}
