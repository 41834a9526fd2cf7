package org.flowpilot.ui.internal.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.ui.editor.ModelEditorContext;

/** The model editors open in the workbench, so that wizards change an open model through its editor. */
final class OpenModels {

	private OpenModels() {
	}

	/** The context of the model editor that has {@code file} open, or null when none has. */
	static ModelEditorContext editorOf(IFile file) {
		if (file == null) {
			return null;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					try {
						IFile input = Adapters.adapt(reference.getEditorInput(), IFile.class);
						if (file.equals(input)) {
							IEditorPart editor = reference.getEditor(true);
							ModelEditorContext context = editor == null ? null
									: Adapters.adapt(editor, ModelEditorContext.class);
							if (context != null) {
								return context;
							}
						}
					} catch (PartInitException e) {
						// An editor that cannot be restored has no model to change.
					}
				}
			}
		}
		return null;
	}
}
