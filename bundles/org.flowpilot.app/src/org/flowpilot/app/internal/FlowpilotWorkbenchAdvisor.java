package org.flowpilot.app.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.ui.FlowpilotUi;

/**
 * Configures the workbench: the Design perspective first, the workspace as the input of the explorer, the Contoso
 * example opened on the first start, and the workspace saved on exit so no model file or marker is lost.
 */
class FlowpilotWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// The Project Explorer and Properties view adapt workspace resources through these factories.
		IDE.registerAdapters();
		IdeImages.declare(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return FlowpilotUi.DESIGN_PERSPECTIVE_ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new FlowpilotWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		openExampleOnFirstStart();
	}

	private void openExampleOnFirstStart() {
		try {
			IFile example = ExampleProject.createInEmptyWorkspace();
			IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
			if (example != null && window != null && window.getActivePage() != null) {
				IDE.openEditor(window.getActivePage(), example, FlowpilotUi.MODEL_EDITOR_ID);
			}
		} catch (CoreException e) {
			// A workbench without the example is still usable; the log says why it is missing.
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		super.postShutdown();
	}
}
