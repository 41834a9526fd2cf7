package org.flowpilot.diagram.internal.common;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.features.undoredo.UndoRedoActionHandler;

import com.google.inject.Inject;

/** Undo and Redo on the model's shared command stack; the command stack listener redraws. */
public class UndoRedoDispatch extends UndoRedoActionHandler {

    @Inject
    private DiagramState state;

    @Override
    public List<Action> execute(Action action) {
        state.model().access().run(() -> {
            if (action instanceof UndoAction && state.canUndo()) {
                state.undo();
            } else if (action instanceof RedoAction && state.canRedo()) {
                state.redo();
            }
        });
        return none();
    }
}
