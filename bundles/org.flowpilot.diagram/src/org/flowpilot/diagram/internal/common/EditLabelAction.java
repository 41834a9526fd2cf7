package org.flowpilot.diagram.internal.common;

import org.eclipse.glsp.server.actions.Action;

/** Sent to the client by the context menu's Rename: opens the in-place editor of a label. */
public class EditLabelAction extends Action {

    /** The action kind, as the client knows it. */
    public static final String KIND = "EditLabel";

    private String labelId;

    /** An empty action, for deserialization. */
    public EditLabelAction() {
        super(KIND);
    }

    /** Edits the label {@code labelId}. */
    public EditLabelAction(String labelId) {
        this();
        this.labelId = labelId;
    }

    /** The label to edit. */
    public String getLabelId() {
        return labelId;
    }
}
