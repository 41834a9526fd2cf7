package org.flowpilot.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.flowpilot.library.ExampleModels;

/** Workspace projects holding Flowpilot models: the example project and new projects of the New Project wizard. */
public final class FlowpilotProjects {

	/** The file name of the Contoso example in a project. */
	public static final String EXAMPLE_FILE_NAME = "contoso.autopilot";

	private FlowpilotProjects() {
	}

	/**
	 * Creates and opens the project {@code name} holding a copy of the Contoso example, in one workspace operation,
	 * and returns the copy.
	 */
	public static IFile createExampleProject(String name, IProgressMonitor monitor) throws CoreException {
		try (InputStream contents = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
			if (contents == null) {
				throw new CoreException(Status.error(ExampleModels.CONTOSO_PATH + " is missing from the library"));
			}
			return createProject(name, EXAMPLE_FILE_NAME, contents.readAllBytes(), monitor);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot copy the Contoso example", e));
		}
	}

	/**
	 * Creates and opens the project {@code name} with the file {@code fileName} holding {@code contents} (none when
	 * {@code fileName} is null), in one workspace operation, and returns the file.
	 */
	public static IFile createProject(String name, String fileName, byte[] contents, IProgressMonitor monitor)
			throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		IFile file = fileName == null ? null : project.getFile(fileName);
		workspace.run(progress -> {
			SubMonitor steps = SubMonitor.convert(progress, "Creating " + name, 3);
			project.create(steps.split(1));
			project.open(steps.split(1));
			if (file != null) {
				file.create(new ByteArrayInputStream(contents), true, steps.split(1));
			}
		}, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		return file;
	}
}
