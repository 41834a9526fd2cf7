package org.flowpilot.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;

/** Between the wizards' plain file paths and the workspace, which must learn about files written behind it. */
final class WorkspaceFiles {

	private static final String MODEL_EXTENSION = "autopilot";

	private WorkspaceFiles() {
	}

	/** The .autopilot file selected in the workbench (e.g. in the Project Explorer), or null. */
	static Path selectedModel(IStructuredSelection selection) {
		if (selection == null) {
			return null;
		}
		for (Object element : selection.toList()) {
			IFile file = element instanceof IFile f ? f : null;
			if (file != null && MODEL_EXTENSION.equals(file.getFileExtension()) && file.getLocation() != null) {
				return file.getLocation().toPath();
			}
		}
		return null;
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
