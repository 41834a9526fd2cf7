package org.flowpilot.app.internal;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.flowpilot.app.FlowpilotApp;
import org.flowpilot.library.ExampleModels;

/**
 * The project a first start puts in an empty workspace, so a new user opens on a real model: the Contoso example
 * from the standard library.
 */
final class ExampleProject {

	private ExampleProject() {
	}

	/** Creates the example project and returns its model file, or nothing when the workspace has projects. */
	static IFile createInEmptyWorkspace() throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		if (workspace.getRoot().getProjects().length > 0) {
			return null;
		}
		IProject project = workspace.getRoot().getProject(FlowpilotApp.EXAMPLE_PROJECT_NAME);
		IFile model = project.getFile(FlowpilotApp.EXAMPLE_MODEL_FILE_NAME);
		workspace.run(monitor -> {
			project.create(monitor);
			project.open(monitor);
			try (InputStream contents = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
				if (contents == null) {
					throw new CoreException(Status.error(ExampleModels.CONTOSO_PATH + " is missing from the library"));
				}
				model.create(contents, true, monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot copy the Contoso example", e));
			}
		}, null);
		return model;
	}
}
