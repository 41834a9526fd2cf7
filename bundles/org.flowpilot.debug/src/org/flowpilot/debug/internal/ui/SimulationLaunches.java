package org.flowpilot.debug.internal.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.debug.internal.launch.LaunchSettings;

/** Finds the launch configuration of a scenario, making one the first time, as a launch shortcut does. */
final class SimulationLaunches {

	private SimulationLaunches() {
	}

	/** The configuration that runs {@code scenario} of the model {@code file}, new and saved when there is none. */
	static ILaunchConfiguration configurationFor(IFile file, String scenario) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(FlowpilotDebug.LAUNCH_CONFIGURATION_TYPE_ID);
		String model = file.getFullPath().toString();
		for (ILaunchConfiguration configuration : manager.getLaunchConfigurations(type)) {
			LaunchSettings settings = LaunchSettings.read(configuration);
			if (settings.model().equals(model) && settings.scenario().equals(scenario)) {
				return configuration;
			}
		}
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null,
				manager.generateLaunchConfigurationName(scenario.isEmpty() ? file.getName() : scenario));
		LaunchSettings.of(model, scenario).write(copy);
		copy.setMappedResources(new IResource[] { file });
		return copy.doSave();
	}
}
