package org.flowpilot.app.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
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

	// The longest the UI thread sleeps while the first window opens, whatever wake-up is lost (see openWindows).
	private static final int OPEN_WINDOWS_WAKE_MILLIS = 50;

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

	// The platform opens the first window on a helper thread while this thread sleeps in Display.sleep. The
	// helper's last Display.wake can come just before the sleep clears its wake flag; the wake is then lost and this
	// thread sleeps until the next timer, which is the IDE plug-in's Problems view timer, six seconds away: about one
	// start in seven took ten seconds instead of four (thread dumps: the helper thread gone, the UI thread in poll
	// with a timeout of several seconds). A timer firing every 50 ms until the window is open caps such a sleep.
	@Override
	public boolean openWindows() {
		WakeTimer wakeTimer = new WakeTimer(getWorkbenchConfigurer().getWorkbench().getDisplay());
		wakeTimer.start();
		try {
			return super.openWindows();
		} finally {
			wakeTimer.stop();
		}
	}

	// Fires every OPEN_WINDOWS_WAKE_MILLIS on the UI thread until stopped; firing is all it does: a due timer ends
	// Display.sleep.
	private static final class WakeTimer implements Runnable {

		private final Display display;
		private boolean running;

		WakeTimer(Display display) {
			this.display = display;
		}

		void start() {
			running = true;
			display.timerExec(OPEN_WINDOWS_WAKE_MILLIS, this);
		}

		void stop() {
			running = false;
			display.timerExec(-1, this);
		}

		@Override
		public void run() {
			if (running && !display.isDisposed()) {
				display.timerExec(OPEN_WINDOWS_WAKE_MILLIS, this);
			}
		}
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
