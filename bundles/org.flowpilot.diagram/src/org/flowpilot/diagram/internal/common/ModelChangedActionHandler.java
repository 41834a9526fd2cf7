package org.flowpilot.diagram.internal.common;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Submits the diagram again after a change of the model, from this diagram, another one or the tree. */
public class ModelChangedActionHandler extends AbstractActionHandler<ModelChangedAction> {

    @Inject
    private ModelSubmissionHandler submissionHandler;
    @Inject
    private DiagramState state;

    @Override
    protected List<Action> executeAction(ModelChangedAction action) {
        if (!state.isBound() || state.getRoot() == null) {
            return none();
        }
        return submissionHandler.submitModel("flowpilotModelChanged");
    }
}
