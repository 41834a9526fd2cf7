package org.flowpilot.debug.tests;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.debug.internal.launch.LaunchSettings;
import org.flowpilot.debug.internal.model.SimulationTarget;
import org.flowpilot.library.ExampleModels;

/** A workspace project with a copy of the Contoso example, and simulation launches of it, cleaned up afterwards. */
final class Sessions {

	static final String ADELE = "Adele signs in to her laptop";
	static final Duration TIMEOUT = Duration.ofSeconds(20);

	final IProject project;
	final IFile model;

	Sessions(String projectName) throws Exception {
		closeEditors();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (project.exists()) {
			// Left by a run that was killed: start afresh, markers and all.
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		model = project.getFile("contoso.autopilot");
		try (InputStream contoso = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
			model.create(contoso, true, null);
		}
	}

	/** Settings that run {@code scenario} of the copy, suspended before the first step, at full speed. */
	LaunchSettings settings(String scenario) {
		LaunchSettings defaults = LaunchSettings.of(model.getFullPath().toString(), scenario);
		return new LaunchSettings(defaults.model(), defaults.scenario(), "", "", "user", "", "", "", false, List.of(),
				List.of(), List.of(), List.of(), true, true, 0);
	}

	/** Launches {@code settings} in {@code mode}. */
	static ILaunch launch(LaunchSettings settings, String mode) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(FlowpilotDebug.LAUNCH_CONFIGURATION_TYPE_ID);
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null, "test-" + System.nanoTime());
		settings.write(copy);
		return copy.launch(mode, null);
	}

	/** Launches {@code settings} in Debug mode and returns its session, suspended before the first step. */
	static SimulationTarget debug(LaunchSettings settings) throws CoreException {
		SimulationTarget target = (SimulationTarget) launch(settings, ILaunchManager.DEBUG_MODE).getDebugTarget();
		await("the session to suspend before the first step", target::isSuspended);
		return target;
	}

	/** Waits until {@code condition} holds, failing after {@link #TIMEOUT} with what it waited for. */
	static void await(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted waiting for " + what, e);
			}
		}
	}

	/**
	 * Terminates and removes every launch, removes every breakpoint, closes the editors (the Debug view opens the
	 * model of a frame it selects) and deletes the project.
	 */
	void dispose() throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunch launch : manager.getLaunches()) {
			if (!launch.isTerminated()) {
				launch.terminate();
			}
			manager.removeLaunch(launch);
		}
		for (var configuration : manager.getLaunchConfigurations()) {
			configuration.delete();
		}
		IBreakpoint[] breakpoints = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(
				FlowpilotDebug.MODEL_ID);
		DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(breakpoints, true);
		closeEditors();
		project.delete(true, true, null);
	}

	/**
	 * Closes every editor once the user interface has shown what it was about to (the Debug view opens the model of
	 * a frame it selects), so that no editor outlives the file it shows.
	 */
	private static void closeEditors() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		for (int round = 0; round < 3; round++) {
			display.syncExec(() -> {
				for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
					window.getActivePage().closeAllEditors(false);
				}
			});
		}
	}
}
