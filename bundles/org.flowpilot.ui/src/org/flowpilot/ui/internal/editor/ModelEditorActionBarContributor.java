package org.flowpilot.ui.internal.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Points the global Edit > Undo and Redo at the command stack of whichever model editor is active; the model
 * editors share one set of action bars.
 */
public class ModelEditorActionBarContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (part instanceof ModelEditor editor) {
			editor.contributeGlobalActions(getActionBars());
		}
	}
}
