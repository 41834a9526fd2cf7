package org.flowpilot.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IWorkbench;
import org.flowpilot.interop.base.InteropException;

/**
 * A one-page wizard that runs an interop operation with progress and, when it fails, keeps the wizard open with
 * the operation's one-line message (file, line, column) on the page.
 */
abstract class InteropWizard<P extends WizardPage> extends Wizard {

	@FunctionalInterface
	interface InteropOperation {
		void run(IProgressMonitor monitor) throws InteropException, InterruptedException;
	}

	private P page;

	InteropWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	/** Creates the page, starting from the .autopilot file selected in the workbench, if any. */
	abstract P createPage(Path selectedModel);

	public void init(IWorkbench workbench, IStructuredSelection selection) {
		page = createPage(WorkspaceFiles.selectedModel(selection));
	}

	P page() {
		return page;
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** Runs {@code operation} with progress; false, with the reason on the page, when it failed or was cancelled. */
	boolean run(boolean cancelable, String cancelledMessage, InteropOperation operation) {
		try {
			getContainer().run(true, cancelable, monitor -> {
				try {
					operation.run(monitor);
				} catch (InteropException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(WorkspaceFiles.messageOf(e.getCause()));
		} catch (InterruptedException e) {
			page.setErrorMessage(cancelledMessage);
		}
		return false;
	}
}
