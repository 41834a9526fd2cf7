package org.flowpilot.app.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.flowpilot.app.FlowpilotApp;
import org.flowpilot.ui.FlowpilotProjects;

/**
 * The project a first start puts in an empty workspace, so a new user opens on a real model: the Contoso example
 * from the standard library.
 */
final class ExampleProject {

	private ExampleProject() {
	}

	/** Creates the example project and returns its model file, or nothing when the workspace has projects. */
	static IFile createInEmptyWorkspace() throws CoreException {
		if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
			return null;
		}
		return FlowpilotProjects.createExampleProject(FlowpilotApp.EXAMPLE_PROJECT_NAME, null);
	}
}
