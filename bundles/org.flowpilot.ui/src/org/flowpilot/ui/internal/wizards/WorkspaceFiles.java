package org.flowpilot.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/** Between the wizards and the workspace: which model the user means, and files written behind the workspace. */
final class WorkspaceFiles {

	private static final String MODEL_EXTENSION = "autopilot";

	private WorkspaceFiles() {
	}

	/**
	 * The model the user means: the .autopilot file selected (for example in the Project Explorer), else the one in the
	 * active editor, else null.
	 */
	static IFile selectedModel(IWorkbench workbench, IStructuredSelection selection) {
		if (selection != null) {
			for (Object element : selection.toList()) {
				IFile file = Adapters.adapt(element, IFile.class);
				if (file != null && MODEL_EXTENSION.equals(file.getFileExtension())) {
					return file;
				}
			}
		}
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		return file != null && MODEL_EXTENSION.equals(file.getFileExtension()) ? file : null;
	}

	/** Tells the workspace that a file under it changed, so editors and the explorer see the new content. */
	static void refresh(Path file) {
		for (IFile workspaceFile : ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(IPath.fromPath(file.toAbsolutePath()).toFile().toURI())) {
			try {
				workspaceFile.getParent().refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				// The file is written; a stale explorer is only cosmetic.
				ILog.of(WorkspaceFiles.class).log(e.getStatus());
			}
		}
	}

	/** The one-line message of a failure: interop errors already name the file, line and column. */
	static String messageOf(Throwable failure) {
		String message = failure.getMessage();
		return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
	}
}
