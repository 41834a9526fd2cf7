package org.flowpilot.debug.internal.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.flowpilot.cli.report.Deployment;
import org.flowpilot.debug.internal.launch.LaunchSettings;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Flow;

/**
 * The Flow tab: the model's flow to run, or the scenario's; without either, the standard flow of a deployment mode
 * ({@code --flow}, {@code --deployment}, {@code --phase}).
 */
final class FlowTab extends SimulationTab {

	private static final String SCENARIOS_FLOW = "The scenario's flow";
	private static final String AS_PROFILE = "As the profile says";
	private static final List<String> PHASES = List.of("user", "technician");

	private Combo flow;
	private Combo deployment;
	private Combo phase;
	private List<String> flowNames = List.of();

	FlowTab(ModelChoices choices) {
		super(choices);
	}

	@Override
	public String getName() {
		return "Flow";
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		setControl(page);
		flow = combo(page, "Flow:", "simulation.flow", List.of(SCENARIOS_FLOW));

		Group standard = new Group(page, SWT.NONE);
		standard.setText("Standard flow, when neither the scenario nor this tab names a flow");
		standard.setLayout(new GridLayout(2, false));
		standard.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		List<String> deployments = new ArrayList<>(List.of(AS_PROFILE));
		for (Deployment mode : Deployment.values()) {
			deployments.add(mode.id());
		}
		deployment = combo(standard, "Deployment mode:", "simulation.deployment", deployments);
		phase = combo(standard, "Pre-provisioning phase:", "simulation.phase", PHASES);
		Label hint = new Label(page, SWT.WRAP);
		hint.setText("The standard flows follow the Windows Autopilot documentation for each deployment mode; a"
				+ " pre-provisioned deployment has a technician flow and a user flow.");
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchSettings.FLOW, "");
		configuration.setAttribute(LaunchSettings.DEPLOYMENT, "");
		configuration.setAttribute(LaunchSettings.PHASE, "user");
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		LaunchSettings settings = settingsOf(configuration);
		AutopilotModel model = model(settings);
		filling = true;
		try {
			flowNames = model == null ? List.of() : model.getFlows().stream().map(Flow::getName).toList();
			List<String> items = new ArrayList<>(List.of(SCENARIOS_FLOW));
			items.addAll(flowNames);
			if (!settings.flow().isEmpty() && !flowNames.contains(settings.flow())) {
				// Kept, so that the check below names it rather than the tab dropping it.
				items.add(settings.flow());
			}
			flow.setItems(items.toArray(String[]::new));
			flow.select(settings.flow().isEmpty() ? 0 : items.indexOf(settings.flow()));
			deployment.select(settings.deployment().isEmpty() ? 0
					: Math.max(0, deployment.indexOf(settings.deployment())));
			phase.select(Math.max(0, PHASES.indexOf(settings.phase())));
		} finally {
			filling = false;
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchSettings.FLOW, flow.getSelectionIndex() <= 0 ? "" : flow.getText());
		configuration.setAttribute(LaunchSettings.DEPLOYMENT,
				deployment.getSelectionIndex() <= 0 ? "" : deployment.getText());
		configuration.setAttribute(LaunchSettings.PHASE, phase.getSelectionIndex() < 0 ? "user" : phase.getText());
	}

	@Override
	protected String problemOf(LaunchSettings settings, AutopilotModel model) {
		if (!settings.flow().isEmpty()
				&& model.getFlows().stream().noneMatch(candidate -> settings.flow().equals(candidate.getName()))) {
			return "The model has no flow named '" + settings.flow() + "'";
		}
		return null;
	}
}
