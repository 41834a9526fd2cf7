package org.flowpilot.debug.internal.ui;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flowpilot.debug.internal.launch.InvalidSettingsException;
import org.flowpilot.debug.internal.launch.LaunchSettings;
import org.flowpilot.debug.internal.launch.SimulationSetup;
import org.flowpilot.model.AutopilotModel;

/** What the Flowpilot Simulation tabs share: the model they offer choices from, and the checks of the settings. */
abstract class SimulationTab extends AbstractLaunchConfigurationTab {

	/** Widget data key of the ids tests find controls by. */
	static final String ID = "id";

	private final ModelChoices choices;
	/** Set while the tab fills its controls from a configuration, so that doing so does not count as a change. */
	protected boolean filling;

	SimulationTab(ModelChoices choices) {
		this.choices = choices;
	}

	/** The model {@code settings} name, or null when it cannot be read. */
	protected AutopilotModel model(LaunchSettings settings) {
		return choices.model(settings.model());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		String problem = problemOf(configuration);
		setErrorMessage(problem);
		return problem == null;
	}

	/** What keeps {@code configuration} from running, in one line, or null. */
	private String problemOf(ILaunchConfiguration configuration) {
		LaunchSettings settings;
		try {
			settings = LaunchSettings.read(configuration);
		} catch (CoreException e) {
			return e.getMessage();
		}
		AutopilotModel model = choices.model(settings.model());
		if (model == null) {
			return choices.error();
		}
		return problemOf(settings, model);
	}

	/**
	 * What keeps the settings this tab edits from running against {@code model}, in one line, or null; by default
	 * whatever keeps the whole configuration from running.
	 */
	protected String problemOf(LaunchSettings settings, AutopilotModel model) {
		try {
			SimulationSetup.resolve(settings, choices.file(), model);
			return null;
		} catch (InvalidSettingsException e) {
			return e.getMessage();
		}
	}

	/** Reads the settings, or the defaults of a configuration that holds none. */
	protected static LaunchSettings settingsOf(ILaunchConfiguration configuration) {
		try {
			return LaunchSettings.read(configuration);
		} catch (CoreException e) {
			return LaunchSettings.of("", "");
		}
	}

	/** A label, and a read-only combo of {@code items} filling the rest of the row. */
	protected Combo combo(Composite parent, String label, String id, List<String> items) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(ID, id);
		combo.setItems(items.toArray(String[]::new));
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addModifyListener(event -> changed());
		return combo;
	}

	/** A label and a text field filling the rest of the row. */
	protected Text text(Composite parent, String label, String id) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setData(ID, id);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(event -> changed());
		return text;
	}

	/** A check box spanning {@code columns} columns. */
	protected Button check(Composite parent, String label, String id, int columns) {
		Button check = new Button(parent, SWT.CHECK);
		check.setText(label);
		check.setData(ID, id);
		check.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, columns, 1));
		check.addListener(SWT.Selection, event -> changed());
		return check;
	}

	/** Tells the dialog the settings changed, unless the tab is filling its controls. */
	protected void changed() {
		if (!filling) {
			updateLaunchConfigurationDialog();
		}
	}
}
