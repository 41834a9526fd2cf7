package org.flowpilot.diagram.internal.common;

import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.ClientOptionsUtil;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.model.Flow;

import com.google.inject.Inject;

/**
 * Binds a diagram session to a registered model instead of reading a file: the client names the model by its key as
 * the source URI and, for a flow diagram, the flow by its id. From then on every change on the model's command stack,
 * whoever made it, redraws this diagram.
 */
public class ModelStorage implements SourceModelStorage {

    /** The client option naming the flow of a flow diagram. */
    public static final String FLOW_OPTION = "flowId";
    /** The layout id of the assignment diagram. */
    public static final String ASSIGNMENTS_DIAGRAM_ID = "assignments";

    @Inject
    private DiagramModels models;
    @Inject
    private DiagramState state;
    @Inject
    private ActionDispatcher actionDispatcher;
    @Inject
    private ClientSessionManager sessions;
    @Inject
    @ClientId
    private String clientId;
    @Inject
    @DiagramType
    private String diagramType;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        Map<String, String> options = action.getOptions();
        String key = ClientOptionsUtil.getSourceUri(options)
                .orElseThrow(() -> new GLSPServerException("The client named no model (sourceUri)"));
        DiagramModel model = models.get(key)
                .orElseThrow(() -> new GLSPServerException("No model is open under the key " + key));
        DiagramKind kind = DiagramKind.ofDiagramType(diagramType);
        model.access().run(() -> {
            if (kind == DiagramKind.FLOW) {
                String flowId = options.get(FLOW_OPTION);
                EObject flow = model.element(flowId);
                if (!(flow instanceof Flow)) {
                    throw new GLSPServerException("The model " + key + " has no flow with the id " + flowId);
                }
                state.bind(model, kind, flow, "flow:" + flowId);
            } else {
                state.bind(model, kind, model.model(), ASSIGNMENTS_DIAGRAM_ID);
            }
        });
        follow(model);
    }

    // Any change of the model or its highlights redraws this diagram, through its own dispatcher thread.
    private void follow(DiagramModel model) {
        CommandStackListener stackListener = event -> actionDispatcher.dispatch(new ModelChangedAction());
        Runnable highlightListener = () -> actionDispatcher.dispatch(new ModelChangedAction());
        model.editingDomain().getCommandStack().addCommandStackListener(stackListener);
        model.addHighlightListener(highlightListener);
        sessions.addListener(new ClientSessionListener() {
            @Override
            public void sessionDisposed(ClientSession session) {
                model.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
                model.removeHighlightListener(highlightListener);
                sessions.removeListener(this);
            }
        }, clientId);
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        try {
            state.model().save();
        } catch (IOException e) {
            throw new GLSPServerException(e.getMessage(), e);
        }
    }
}
