package org.flowpilot.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * An action that executes an EMF command built from the selected elements on the editor's command stack, enabled
 * exactly when that command can execute.
 */
abstract class SelectionCommandAction extends Action {

	private EditingDomain domain;
	private List<?> selection = List.of();
	private Command command = UnexecutableCommand.INSTANCE;

	SelectionCommandAction(String text) {
		super(text);
		setEnabled(false);
	}

	/** The command for {@code selected} in {@code domain}; {@link UnexecutableCommand#INSTANCE} when there is none. */
	abstract Command createCommand(EditingDomain domain, List<?> selected);

	void setDomain(EditingDomain domain) {
		this.domain = domain;
		update();
	}

	void selectionChanged(ISelection newSelection) {
		selection = newSelection instanceof IStructuredSelection structured ? structured.toList() : List.of();
		update();
	}

	/** Builds the command again; commands run once, and the model may have changed since the last one was built. */
	void update() {
		if (command != null) {
			command.dispose();
		}
		command = domain == null || selection.isEmpty() ? UnexecutableCommand.INSTANCE
				: createCommand(domain, selection);
		setEnabled(command.canExecute());
	}

	@Override
	public void run() {
		if (domain != null && command.canExecute()) {
			Command toRun = command;
			// Executed commands belong to the stack; the next run needs a new one.
			command = UnexecutableCommand.INSTANCE;
			domain.getCommandStack().execute(toRun);
			update();
		}
	}

	EditingDomain domain() {
		return domain;
	}
}
