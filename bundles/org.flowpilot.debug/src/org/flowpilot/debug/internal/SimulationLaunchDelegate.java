package org.flowpilot.debug.internal;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.debug.internal.launch.InvalidSettingsException;
import org.flowpilot.debug.internal.launch.LaunchSettings;
import org.flowpilot.debug.internal.launch.SimulationSetup;
import org.flowpilot.debug.internal.model.RunModeSimulation;
import org.flowpilot.debug.internal.model.SimulationProcess;
import org.flowpilot.debug.internal.model.SimulationTarget;
import org.flowpilot.debug.internal.model.StepBreakpoint;
import org.flowpilot.engine.runtime.FlowEngine;

/**
 * Launches a Flowpilot Simulation: reads the model as saved (the launch first offers to save a changed model, and
 * warns of validation errors as other launches warn of compile errors), then in Debug mode starts a debug session
 * suspended before the first step, and in Run mode runs to the end in the background. Settings that cannot run fail
 * the launch with one line naming the file, setting or element at fault.
 */
public final class SimulationLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		LaunchSettings settings = LaunchSettings.read(configuration);
		SimulationSetup setup;
		try {
			setup = SimulationSetup.of(settings);
		} catch (InvalidSettingsException e) {
			throw new CoreException(Status.error(e.getMessage()));
		}
		SimulationProcess process = new SimulationProcess(launch, setup.name() + " (" + setup.file().getName()
				+ ")");
		launch.addProcess(process);
		FlowEngine engine = FlowEngine.withServiceLoader();
		if (ILaunchManager.DEBUG_MODE.equals(mode)) {
			SimulationTarget target = new SimulationTarget(launch, process, setup, settings, engine);
			launch.addDebugTarget(target);
			target.start();
		} else {
			new RunModeSimulation(setup, process, engine).start();
		}
	}

	@Override
	protected IProject[] getBuildOrder(ILaunchConfiguration configuration, String mode) throws CoreException {
		return projectOf(configuration);
	}

	@Override
	protected IProject[] getProjectsForProblemSearch(ILaunchConfiguration configuration, String mode)
			throws CoreException {
		return projectOf(configuration);
	}

	@Override
	protected IBreakpoint[] getBreakpoints(ILaunchConfiguration configuration) {
		// Only this model's step breakpoints make Run mode offer to debug instead.
		try {
			String model = LaunchSettings.read(configuration).model();
			return Arrays.stream(DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(
					FlowpilotDebug.MODEL_ID)).filter(breakpoint -> breakpoint instanceof StepBreakpoint step
							&& step.file() != null && step.file().getFullPath().toString().equals(model))
					.toArray(IBreakpoint[]::new);
		} catch (CoreException e) {
			return new IBreakpoint[0];
		}
	}

	private static IProject[] projectOf(ILaunchConfiguration configuration) throws CoreException {
		try {
			return new IProject[] { SimulationSetup.modelFile(LaunchSettings.read(configuration).model())
					.getProject() };
		} catch (InvalidSettingsException e) {
			// The launch itself reports the missing file.
			return null;
		}
	}
}
