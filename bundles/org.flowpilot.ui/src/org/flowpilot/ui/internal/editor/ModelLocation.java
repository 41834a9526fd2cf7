package org.flowpilot.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * Where an editor's model lives: its EMF address, its file on disk and, for files in the workspace, the workspace
 * file to refresh after saving.
 */
record ModelLocation(URI uri, Path path, IFile workspaceFile) {

	static ModelLocation of(IEditorInput input) throws PartInitException {
		if (input instanceof IFileEditorInput fileInput) {
			IFile file = fileInput.getFile();
			IPath location = file.getLocation();
			if (location == null) {
				throw new PartInitException(file.getFullPath() + " is not stored on the local file system");
			}
			return new ModelLocation(URI.createPlatformResourceURI(file.getFullPath().toString(), true),
					location.toPath(), file);
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			Path path = Path.of(uriInput.getURI());
			return new ModelLocation(URI.createFileURI(path.toString()), path, null);
		}
		throw new PartInitException("Flowpilot models open from files; " + input.getName() + " is not a file");
	}

	/** The name the user knows the file by: its workspace path, or its path on disk. */
	String displayName() {
		return workspaceFile != null ? workspaceFile.getFullPath().toString() : path.toString();
	}

	void refreshWorkspace() throws CoreException {
		if (workspaceFile != null) {
			workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
		}
	}
}
