package org.flowpilot.diagram.internal.common;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction;
import org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction;

import com.google.gson.Gson;
import com.google.inject.Inject;

/** Copies the selection: the clipboard holds the ids of the selected model elements and the diagram they are on. */
public class CopyHandler extends AbstractActionHandler<RequestClipboardDataAction> {

    /** The clipboard format of copied Flowpilot elements. */
    public static final String FORMAT = "application/vnd.flowpilot.elements+json";

    @Inject
    private DiagramState state;

    @Override
    protected List<Action> executeAction(RequestClipboardDataAction action) {
        List<String> ids = action.getEditorContext().getSelectedElementIds().stream().map(Shapes::elementIdOf)
                .distinct().toList();
        String json = new Gson().toJson(new Copied(state.model().key(), state.diagramId(), ids));
        return listOf(new SetClipboardDataAction(Map.of(FORMAT, json)));
    }

    /** What the clipboard holds. */
    record Copied(String model, String diagram, List<String> elements) {
    }
}
