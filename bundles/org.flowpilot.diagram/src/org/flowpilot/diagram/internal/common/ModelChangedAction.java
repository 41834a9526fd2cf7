package org.flowpilot.diagram.internal.common;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal: the model or its highlights changed, so this session's diagram is submitted again. */
public class ModelChangedAction extends Action {

    /** The action kind. */
    public static final String KIND = "flowpilotModelChanged";

    /** A new action. */
    public ModelChangedAction() {
        super(KIND);
    }
}
