package org.flowpilot.ui.internal.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag and drop of model elements within and between the model tree and the Outline: moving (or, with Ctrl,
 * copying) elements onto, before or after others, as EMF.Edit's drag and drop command on the editor's command stack.
 */
final class ModelDragAndDrop {

	private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

	private ModelDragAndDrop() {
	}

	static void install(StructuredViewer viewer, EditingDomain domain) {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				ISelection selection = viewer.getSelection();
				event.doit = !selection.isEmpty();
				LocalSelectionTransfer.getTransfer().setSelection(selection);
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(OPERATIONS, transfers, new DropAdapter(viewer, domain));
	}

	private static final class DropAdapter extends ViewerDropAdapter {

		private final EditingDomain domain;

		DropAdapter(StructuredViewer viewer, EditingDomain domain) {
			super(viewer);
			this.domain = domain;
			setFeedbackEnabled(true);
		}

		@Override
		public boolean validateDrop(Object target, int operation, TransferData transferType) {
			Command command = command(target, operation);
			boolean valid = command.canExecute();
			command.dispose();
			return valid;
		}

		@Override
		public boolean performDrop(Object data) {
			Command command = command(getCurrentTarget(), getCurrentOperation());
			if (!command.canExecute()) {
				return false;
			}
			domain.getCommandStack().execute(command);
			return true;
		}

		private Command command(Object target, int operation) {
			if (target == null || !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection
					dragged) || dragged.isEmpty()) {
				return UnexecutableCommand.INSTANCE;
			}
			Collection<?> elements = List.copyOf(dragged.toList());
			if (elements.contains(target)) {
				return UnexecutableCommand.INSTANCE;
			}
			return DragAndDropCommand.create(domain, target, location(), OPERATIONS, feedbackOperation(operation),
					elements);
		}

		// EMF.Edit reads a float: below 0.2 before the target, above 0.8 after it, in between onto it.
		private float location() {
			return switch (getCurrentLocation()) {
				case LOCATION_BEFORE -> 0.1f;
				case LOCATION_AFTER -> 0.9f;
				default -> 0.5f;
			};
		}

		private static int feedbackOperation(int operation) {
			return switch (operation) {
				case DND.DROP_COPY -> DragAndDropFeedback.DROP_COPY;
				case DND.DROP_LINK -> DragAndDropFeedback.DROP_LINK;
				default -> DragAndDropFeedback.DROP_MOVE;
			};
		}
	}
}
