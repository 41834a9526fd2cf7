package org.flowpilot.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;

/** Delete, Cut, Copy and Paste of model elements, as EMF.Edit commands on the editor's command stack. */
final class EditActions {

	private EditActions() {
	}

	/** Deletes the selected elements and every reference to them. */
	static SelectionCommandAction delete() {
		SelectionCommandAction action = new SelectionCommandAction("&Delete") {
			@Override
			Command createCommand(EditingDomain domain, List<?> selected) {
				return DeleteCommand.create(domain, selected);
			}
		};
		return decorate(action, IWorkbenchCommandConstants.EDIT_DELETE, ISharedImages.IMG_TOOL_DELETE,
				ISharedImages.IMG_TOOL_DELETE_DISABLED);
	}

	/** Moves the selected elements to the editing domain's clipboard. */
	static SelectionCommandAction cut() {
		SelectionCommandAction action = new SelectionCommandAction("Cu&t") {
			@Override
			Command createCommand(EditingDomain domain, List<?> selected) {
				return CutToClipboardCommand.create(domain, selected);
			}
		};
		return decorate(action, IWorkbenchCommandConstants.EDIT_CUT, ISharedImages.IMG_TOOL_CUT,
				ISharedImages.IMG_TOOL_CUT_DISABLED);
	}

	/** Copies the selected elements to the editing domain's clipboard. */
	static SelectionCommandAction copy() {
		SelectionCommandAction action = new SelectionCommandAction("&Copy") {
			@Override
			Command createCommand(EditingDomain domain, List<?> selected) {
				return CopyToClipboardCommand.create(domain, selected);
			}
		};
		return decorate(action, IWorkbenchCommandConstants.EDIT_COPY, ISharedImages.IMG_TOOL_COPY,
				ISharedImages.IMG_TOOL_COPY_DISABLED);
	}

	/** Pastes copies of the clipboard's elements into the one selected element. */
	static SelectionCommandAction paste() {
		SelectionCommandAction action = new SelectionCommandAction("&Paste") {
			@Override
			Command createCommand(EditingDomain domain, List<?> selected) {
				return selected.size() == 1 ? PasteFromClipboardCommand.create(domain, selected.get(0), null)
						: UnexecutableCommand.INSTANCE;
			}
		};
		return decorate(action, IWorkbenchCommandConstants.EDIT_PASTE, ISharedImages.IMG_TOOL_PASTE,
				ISharedImages.IMG_TOOL_PASTE_DISABLED);
	}

	private static SelectionCommandAction decorate(SelectionCommandAction action, String commandId, String image,
			String disabledImage) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		action.setActionDefinitionId(commandId);
		action.setImageDescriptor(images.getImageDescriptor(image));
		action.setDisabledImageDescriptor(images.getImageDescriptor(disabledImage));
		return action;
	}
}
