package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchCommandConstants;

/**
 * Undo or Redo on an editor's command stack, named after the command it would undo or redo ("Undo Set"), for the
 * workbench's global Edit > Undo and Edit > Redo.
 */
final class CommandStackAction extends Action {

	private final CommandStack commandStack;
	private final boolean undo;

	private CommandStackAction(CommandStack commandStack, boolean undo) {
		this.commandStack = commandStack;
		this.undo = undo;
		setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
		update();
	}

	static CommandStackAction undo(CommandStack commandStack) {
		return new CommandStackAction(commandStack, true);
	}

	static CommandStackAction redo(CommandStack commandStack) {
		return new CommandStackAction(commandStack, false);
	}

	@Override
	public void run() {
		if (undo) {
			commandStack.undo();
		} else {
			commandStack.redo();
		}
	}

	void update() {
		Command command = undo ? commandStack.getUndoCommand() : commandStack.getRedoCommand();
		setEnabled(undo ? commandStack.canUndo() : commandStack.canRedo());
		String verb = undo ? "&Undo" : "&Redo";
		String label = command == null ? null : command.getLabel();
		setText(label == null || label.isBlank() ? verb : verb + " " + label);
		String description = command == null ? null : command.getDescription();
		setToolTipText(description);
	}
}
