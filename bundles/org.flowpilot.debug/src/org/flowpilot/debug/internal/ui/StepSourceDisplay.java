package org.flowpilot.debug.internal.ui;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.sourcelookup.ISourceDisplay;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.debug.internal.model.SimulationThread;
import org.flowpilot.debug.internal.model.StepFrame;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.editor.ModelEditorContext;

/**
 * Shows the step a frame stands for in the model editor, as a debugger shows the line of a frame: the editor of the
 * model file opens (without taking the focus) and reveals the step in its page, the diagram or the tree.
 */
public final class StepSourceDisplay implements ISourceDisplay {

	/** Adapts step frames to their source display. */
	public static final class Factory implements IAdapterFactory {
		@Override
		public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
			return adaptable instanceof StepFrame && adapterType == ISourceDisplay.class
					? adapterType.cast(new StepSourceDisplay())
					: null;
		}

		@Override
		public Class<?>[] getAdapterList() {
			return new Class<?>[] { ISourceDisplay.class };
		}
	}

	@Override
	public void displaySource(Object element, IWorkbenchPage page, boolean forceSourceLookup) {
		if (!(element instanceof StepFrame frame) || frame.record() == null || frame.record().modelStep() == null) {
			return;
		}
		IFile file = ((SimulationThread) frame.getThread()).target().modelFile();
		if (!file.exists()) {
			return;
		}
		IEditorPart editor;
		try {
			editor = IDE.openEditor(page, file, FlowpilotUi.MODEL_EDITOR_ID, false);
		} catch (PartInitException e) {
			return;
		}
		ModelEditorContext context = editor == null ? null : editor.getAdapter(ModelEditorContext.class);
		if (context == null || context.model() == null || context.model().eResource() == null) {
			return;
		}
		StepRecord record = frame.record();
		// The run read the file on its own; the editor's copy of the step has the same element id.
		EObject step = context.model().eResource().getEObject(record.elementId());
		if (step != null) {
			context.reveal(List.of(step));
		}
	}
}
