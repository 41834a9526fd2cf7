package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchCommandConstants;

/**
 * Undo or Redo on the active editor's command stack, named after the command it would undo or redo ("Undo Set"), for
 * the workbench's global Edit &gt; Undo and Edit &gt; Redo.
 */
final class CommandStackAction extends Action {

	private final boolean undo;
	private CommandStack commandStack;

	private CommandStackAction(boolean undo) {
		this.undo = undo;
		setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
		update();
	}

	static CommandStackAction undo() {
		return new CommandStackAction(true);
	}

	static CommandStackAction redo() {
		return new CommandStackAction(false);
	}

	void setCommandStack(CommandStack commandStack) {
		this.commandStack = commandStack;
		update();
	}

	@Override
	public void run() {
		if (commandStack == null) {
			return;
		}
		if (undo) {
			commandStack.undo();
		} else {
			commandStack.redo();
		}
	}

	void update() {
		Command command = commandStack == null ? null
				: undo ? commandStack.getUndoCommand() : commandStack.getRedoCommand();
		setEnabled(commandStack != null && (undo ? commandStack.canUndo() : commandStack.canRedo()));
		String verb = undo ? "&Undo" : "&Redo";
		String label = command == null ? null : command.getLabel();
		setText(label == null || label.isBlank() ? verb : verb + " " + label);
		setToolTipText(command == null ? null : command.getDescription());
	}
}
