package org.flowpilot.debug.internal.ui;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of a Flowpilot Simulation launch configuration: Model, Flow, Scenario and the platform's Common tab. */
public final class SimulationTabGroup extends AbstractLaunchConfigurationTabGroup {

	@Override
	public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
		ModelChoices choices = new ModelChoices();
		setTabs(new ILaunchConfigurationTab[] { new ModelTab(choices), new FlowTab(choices), new ScenarioTab(choices),
			new CommonTab() });
	}
}
