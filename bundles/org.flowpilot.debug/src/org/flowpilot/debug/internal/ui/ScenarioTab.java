package org.flowpilot.debug.internal.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.flowpilot.cli.SimulationInputs;
import org.flowpilot.debug.internal.launch.LaunchSettings;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.TrackedItem;

/**
 * The Scenario tab: the model's scenario to run and, over it, every option of {@code flowpilot simulate}: the
 * Windows version, the network, the assigned user, MFA, the failures to inject and the buttons pressed on failure
 * pages.
 */
final class ScenarioTab extends SimulationTab {

	private static final String NO_SCENARIO = "(none: the model's first profile and ESP)";
	private static final String AS_SCENARIO = "As in the scenario";
	private static final List<String> WINDOWS_IDS = List.of("", "10", "11");
	private static final List<String> NETWORK_IDS = List.of("", Network.WIRED.id(), Network.WIFI.id(),
			Network.NONE.id());
	/** The failures {@code --inject} takes, by id, with what each does. */
	private static final String[][] INJECTABLE = { { "network-lost", "The network connection drops during the ESP" },
		{ "dc-unreachable", "No domain controller can be reached (hybrid join)" },
		{ "esp-timeout", "The ESP times out" }, { "tpm-attestation", "TPM attestation fails" } };

	private Combo scenario;
	private Combo windows;
	private Combo network;
	private Text assignedUser;
	private Button mfa;
	private final List<Button> injected = new ArrayList<>();
	private Table failItems;
	private Table failOnceItems;
	private Text onFailure;
	/** The model the choices come from, or null. */
	private AutopilotModel model;

	ScenarioTab(ModelChoices choices) {
		super(choices);
	}

	@Override
	public String getName() {
		return "Scenario";
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		setControl(page);
		scenario = combo(page, "Scenario:", "simulation.scenario", List.of(NO_SCENARIO));
		scenario.addListener(SWT.Selection, event -> {
			if (!filling) {
				// Another scenario applies another ESP: offer its tracked items.
				fillItems(checked(failItems), checked(failOnceItems));
			}
		});

		Group device = group(page, "Device and person", 2);
		windows = combo(device, "Windows:", "simulation.windows", List.of(AS_SCENARIO, "Windows 10", "Windows 11"));
		network = combo(device, "Network:", "simulation.network", List.of(AS_SCENARIO, "Wired", "Wi-Fi",
				"No network"));
		assignedUser = text(device, "Assigned user (UPN):", "simulation.assignedUser");
		assignedUser.setMessage("As in the scenario");
		mfa = check(device, "The user is prompted for multifactor authentication", "simulation.mfa", 2);

		Group failures = group(page, "Failures to inject", 2);
		for (String[] failure : INJECTABLE) {
			injected.add(check(failures, failure[1], "simulation.inject." + failure[0], 2));
		}
		failItems = items(failures, "Tracked items that fail:", "simulation.fail");
		failOnceItems = items(failures, "Tracked items that fail once (Retry or Reset gets past them):",
				"simulation.failOnce");
		onFailure = text(failures, "Buttons pressed on failure pages:", "simulation.onFailure");
		onFailure.setMessage("In order, comma-separated: " + String.join(", ",
				Arrays.stream(FailureChoice.values()).map(FailureChoice::id).toList()));
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(columns, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return group;
	}

	private Table items(Composite parent, String label, String id) {
		Label title = new Label(parent, SWT.NONE);
		title.setText(label);
		title.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		Table table = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		table.setData(ID, id);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, false);
		layout.heightHint = 72;
		table.setLayoutData(layout);
		table.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK) {
				changed();
			}
		});
		return table;
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		LaunchSettings defaults = LaunchSettings.of("", "");
		configuration.setAttribute(LaunchSettings.SCENARIO, defaults.scenario());
		configuration.setAttribute(LaunchSettings.WINDOWS, "");
		configuration.setAttribute(LaunchSettings.NETWORK, "");
		configuration.setAttribute(LaunchSettings.ASSIGNED_USER, "");
		configuration.setAttribute(LaunchSettings.MFA, false);
		configuration.setAttribute(LaunchSettings.FAIL, List.of());
		configuration.setAttribute(LaunchSettings.FAIL_ONCE, List.of());
		configuration.setAttribute(LaunchSettings.ON_FAILURE, List.of());
		configuration.setAttribute(LaunchSettings.INJECT, List.of());
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		LaunchSettings settings = settingsOf(configuration);
		model = model(settings);
		filling = true;
		try {
			List<String> names = new ArrayList<>(List.of(NO_SCENARIO));
			if (model != null) {
				model.getScenarios().forEach(each -> names.add(each.getName()));
			}
			if (!settings.scenario().isEmpty() && !names.contains(settings.scenario())) {
				names.add(settings.scenario());
			}
			scenario.setItems(names.toArray(String[]::new));
			scenario.select(settings.scenario().isEmpty() ? 0 : names.indexOf(settings.scenario()));
			windows.select(Math.max(0, WINDOWS_IDS.indexOf(settings.windows())));
			network.select(Math.max(0, NETWORK_IDS.indexOf(settings.network())));
			assignedUser.setText(settings.assignedUser());
			mfa.setSelection(settings.mfa());
			for (int i = 0; i < INJECTABLE.length; i++) {
				injected.get(i).setSelection(settings.inject().contains(INJECTABLE[i][0]));
			}
			fillItems(settings.failItems(), settings.failOnceItems());
			onFailure.setText(String.join(", ", settings.onFailure()));
		} finally {
			filling = false;
		}
	}

	/** Lists the tracked items of the ESP the chosen scenario gets, those named in {@code fail...} checked. */
	private void fillItems(List<String> fail, List<String> failOnce) {
		boolean wasFilling = filling;
		filling = true;
		try {
			Set<String> names = new LinkedHashSet<>(itemNames());
			// Names the model no longer has stay listed, checked, so that the check names them.
			names.addAll(fail);
			names.addAll(failOnce);
			fill(failItems, names, fail);
			fill(failOnceItems, names, failOnce);
		} finally {
			filling = wasFilling;
		}
	}

	private static void fill(Table table, Set<String> names, List<String> checked) {
		table.removeAll();
		for (String name : names) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(name);
			item.setChecked(checked.contains(name));
		}
	}

	/** The names of the tracked items of the ESP that applies to the chosen scenario (or to the model's default). */
	private List<String> itemNames() {
		if (model == null) {
			return List.of();
		}
		String chosen = scenario.getSelectionIndex() <= 0 ? null : scenario.getText();
		RunScenario base = model.getScenarios().stream().filter(each -> each.getName().equals(chosen)).findFirst()
				.map(Scenarios::of).orElseGet(() -> SimulationInputs.defaults(model).build());
		EnrollmentStatusPage esp = base.esp();
		return esp == null ? List.of() : esp.getPhases().stream().flatMap(phase -> phase.getTrackedItems().stream())
				.map(TrackedItem::getName).distinct().toList();
	}

	private static List<String> checked(Table table) {
		List<String> names = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				names.add(item.getText());
			}
		}
		return names;
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchSettings.SCENARIO, scenario.getSelectionIndex() <= 0 ? ""
				: scenario.getText());
		configuration.setAttribute(LaunchSettings.WINDOWS, WINDOWS_IDS.get(Math.max(0, windows.getSelectionIndex())));
		configuration.setAttribute(LaunchSettings.NETWORK, NETWORK_IDS.get(Math.max(0, network.getSelectionIndex())));
		configuration.setAttribute(LaunchSettings.ASSIGNED_USER, assignedUser.getText().trim());
		configuration.setAttribute(LaunchSettings.MFA, mfa.getSelection());
		List<String> inject = new ArrayList<>();
		for (int i = 0; i < INJECTABLE.length; i++) {
			if (injected.get(i).getSelection()) {
				inject.add(INJECTABLE[i][0]);
			}
		}
		configuration.setAttribute(LaunchSettings.INJECT, inject);
		configuration.setAttribute(LaunchSettings.FAIL, checked(failItems));
		configuration.setAttribute(LaunchSettings.FAIL_ONCE, checked(failOnceItems));
		configuration.setAttribute(LaunchSettings.ON_FAILURE, Arrays.stream(onFailure.getText().split(","))
				.map(String::trim).filter(choice -> !choice.isEmpty()).toList());
	}
}
