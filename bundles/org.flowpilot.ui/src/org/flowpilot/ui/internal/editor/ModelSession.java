package org.flowpilot.ui.internal.editor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.persistence.AtomicFiles;

/**
 * The model behind one editor: its file, its resource, the editing domain and command stack every page shares, and
 * what the editor last read from or wrote to disk, so that changes made by others are told apart from its own saves.
 */
final class ModelSession {

	private final ComposedAdapterFactory adapterFactory = AutopilotItemProviders.createAdapterFactory();
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain editingDomain = new AdapterFactoryEditingDomain(adapterFactory,
			commandStack);

	private ModelLocation location;
	private Resource resource;
	// What the file looked like when this editor last read or wrote it.
	private long knownStamp = IResource.NULL_STAMP;
	private FileTime knownTime;
	// The version on disk the person was told about and chose to keep the editor's changes over.
	private FileTime declinedTime;

	ModelSession(ModelLocation location) {
		this.location = location;
	}

	ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	BasicCommandStack commandStack() {
		return commandStack;
	}

	ModelLocation location() {
		return location;
	}

	void moveTo(ModelLocation newLocation) {
		location = newLocation;
		if (resource != null) {
			resource.setURI(newLocation.uri());
		}
		rememberDiskState();
	}

	/** The loaded resource, or null when the file could not be read. */
	Resource resource() {
		return resource;
	}

	AutopilotModel model() {
		return resource == null ? null : (AutopilotModel) resource.getContents().get(0);
	}

	/** Reads the file; throws with a one-line message naming the file and line when it cannot be read. */
	void load() throws ModelLoadException {
		// A failed earlier read leaves its resource behind; reading again must start from the file.
		Resource failed = editingDomain.getResourceSet().getResource(location.uri(), false);
		if (failed != null) {
			failed.unload();
			editingDomain.getResourceSet().getResources().remove(failed);
		}
		try {
			resource = ModelLoader.load(editingDomain.getResourceSet(), location);
		} finally {
			rememberDiskState();
		}
	}

	/**
	 * Reads the file again, replacing the model and forgetting the undo history. When the file cannot be read the
	 * previous model stays.
	 */
	void reload() throws ModelLoadException {
		Resource previous = resource;
		editingDomain.getResourceSet().getResources().remove(previous);
		try {
			resource = ModelLoader.load(editingDomain.getResourceSet(), location);
		} catch (ModelLoadException e) {
			editingDomain.getResourceSet().getResources().remove(
					editingDomain.getResourceSet().getResource(location.uri(), false));
			editingDomain.getResourceSet().getResources().add(previous);
			rememberDiskState();
			throw e;
		}
		previous.unload();
		commandStack.flush();
		rememberDiskState();
	}

	/**
	 * Writes the model. In the workspace the file's previous content goes to Local History first; the new content
	 * replaces the file atomically, so a crash leaves the old file or the new one, never half of one.
	 */
	void save(IProgressMonitor monitor) throws IOException, CoreException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		resource.save(content, null);
		byte[] bytes = content.toByteArray();
		IFile file = location.workspaceFile();
		if (file == null) {
			AtomicFiles.write(location.path(), bytes);
			rememberDiskState();
			return;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(progress -> {
			if (file.exists()) {
				// Appending nothing with KEEP_HISTORY copies the current content into Local History and leaves the
				// file as it is; the workspace API has no other public way to record a state.
				file.appendContents(new ByteArrayInputStream(new byte[0]), IResource.KEEP_HISTORY | IResource.FORCE,
						progress);
			}
			try {
				AtomicFiles.write(location.path(), bytes);
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot write " + location.displayName() + ": "
						+ e.getMessage(), e));
			}
			file.refreshLocal(IResource.DEPTH_ZERO, progress);
			// Before the resource change is broadcast, so the editor knows it is its own.
			rememberDiskState();
		}, MultiRule.combine(workspace.getRuleFactory().modifyRule(file), workspace.getRuleFactory().refreshRule(file)),
				IWorkspace.AVOID_UPDATE, monitor);
	}

	/** Whether the file on disk is no longer what this editor last read or wrote. */
	boolean changedOnDisk() {
		IFile file = location.workspaceFile();
		if (file != null) {
			return file.exists() && file.getModificationStamp() != knownStamp;
		}
		FileTime now = lastModified();
		return now != null && !now.equals(knownTime);
	}

	/** Whether the file on disk was changed behind the workspace's back (by git, a terminal, another program). */
	boolean outOfSyncWithWorkspace() {
		IFile file = location.workspaceFile();
		return file != null && !file.isSynchronized(IResource.DEPTH_ZERO);
	}

	/**
	 * Brings the workspace up to date with a file changed behind its back, so that {@link #changedOnDisk()} sees the
	 * change before a save would write over it.
	 */
	void refreshIfOutOfSync() throws CoreException {
		if (outOfSyncWithWorkspace()) {
			location.workspaceFile().refreshLocal(IResource.DEPTH_ZERO, null);
		}
	}

	/** Records that the person chose to keep the editor's changes over the file now on disk. */
	void declineDiskVersion() {
		declinedTime = lastModified();
	}

	/** Whether the file changed on disk since this editor read or wrote it, and the person has not yet been asked. */
	boolean unansweredChangeOnDisk() {
		return changedOnDisk() && (declinedTime == null || !declinedTime.equals(lastModified()));
	}

	private void rememberDiskState() {
		IFile file = location.workspaceFile();
		knownStamp = file == null ? IResource.NULL_STAMP : file.getModificationStamp();
		knownTime = lastModified();
		declinedTime = null;
	}

	private FileTime lastModified() {
		try {
			return Files.exists(location.path()) ? Files.getLastModifiedTime(location.path()) : null;
		} catch (IOException e) {
			return null;
		}
	}

	void dispose() {
		adapterFactory.dispose();
	}
}
