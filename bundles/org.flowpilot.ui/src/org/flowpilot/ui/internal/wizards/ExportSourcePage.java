package org.flowpilot.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ExportOptions;
import org.flowpilot.interop.GraphShape;
import org.flowpilot.ui.WidgetIds;

/** Which workspace model to export, in which format, with which options, to which file. */
class ExportSourcePage extends WizardPage {

	static final String MODEL_ID = "export.model";
	static final String FORMAT_ID = "export.format";
	static final String NAMES_ID = "export.graphNames";
	static final String PROFILE_ID = "export.profile";
	static final String OUTPUT_ID = "export.output";

	// Same order as ExportFormat.values().
	private static final String[] FORMAT_LABELS = { "Microsoft Graph JSON (deployment profiles and ESP configurations)",
			"Hardware hash CSV (devices, as Intune imports them)",
			"AutopilotConfigurationFile.json (one profile, for existing devices)" };
	private static final String[] DEFAULT_FILE_NAMES = { "autopilot-graph.json", "autopilot-devices.csv",
			"AutopilotConfigurationFile.json" };
	private static final String[] NAME_LABELS = { "Current (locale, outOfBoxExperienceSetting, ...)",
			"Deprecated (language, outOfBoxExperienceSettings, ...)", "Both" };
	private static final String ONLY_PROFILE = "The model's only profile";

	private final IFile initialModel;
	private WorkspaceModelField model;
	private Combo formatCombo;
	private Combo namesCombo;
	private Combo profileCombo;
	private Text outputText;

	ExportSourcePage(IFile initialModel) {
		super("exportSource");
		this.initialModel = initialModel;
		setTitle("Export Autopilot configuration");
		setDescription("Write what Microsoft Graph accepts, the CSV Intune imports, or the offline profile file. The"
				+ " output file is replaced only when the export succeeds.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));

		model = new WorkspaceModelField(body, "&Model:", MODEL_ID, false);
		model.setFile(initialModel);
		formatCombo = combo(body, "&Format:", FORMAT_ID, FORMAT_LABELS);
		namesCombo = combo(body, "&Graph property names:", NAMES_ID, NAME_LABELS);
		profileCombo = combo(body, "&Profile:", PROFILE_ID, new String[] { ONLY_PROFILE });
		outputText = pathField(body);

		formatCombo.addListener(SWT.Selection, event -> formatChanged());
		model.onChange(() -> {
			suggestOutput();
			fillProfiles();
			validate();
		});
		outputText.addListener(SWT.Modify, event -> validate());
		setControl(body);
		fillProfiles();
		formatChanged();
		setErrorMessage(null);
	}

	private static Combo combo(Composite body, String label, String id, String[] items) {
		new Label(body, SWT.NONE).setText(label);
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(WidgetIds.ID_KEY, id);
		combo.setItems(items);
		combo.select(0);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return combo;
	}

	private Text pathField(Composite body) {
		Text text = WizardFields.pathField(body, "&To file:", OUTPUT_ID, SWT.SAVE,
				new String[] { "*.json;*.csv", "*.*" });
		text.setMessage("a file on this computer, such as ~/autopilot-graph.json");
		return text;
	}

	private void fillProfiles() {
		List<String> names = ModelSummaries.profileNames(model.file());
		String current = profileCombo.getText();
		String[] items = new String[names.size() + 1];
		items[0] = ONLY_PROFILE;
		for (int i = 0; i < names.size(); i++) {
			items[i + 1] = names.get(i);
		}
		profileCombo.setItems(items);
		int index = Arrays.asList(items).indexOf(current);
		profileCombo.select(Math.max(0, index));
	}

	private void formatChanged() {
		ExportFormat format = format();
		namesCombo.setEnabled(format == ExportFormat.GRAPH_JSON);
		profileCombo.setEnabled(format == ExportFormat.AUTOPILOT_CONFIG);
		suggestOutput();
		validate();
	}

	// Beside the model, named for the format, unless the user typed a name of their own.
	private void suggestOutput() {
		String current = outputText.getText().strip();
		boolean suggested = current.isEmpty() || Arrays.stream(DEFAULT_FILE_NAMES).anyMatch(current::endsWith);
		IFile file = model.file();
		if (suggested && file != null && file.getParent().getLocation() != null) {
			outputText.setText(file.getParent().getLocation().toPath()
					.resolve(DEFAULT_FILE_NAMES[formatCombo.getSelectionIndex()]).toString());
		}
	}

	private void validate() {
		String problem = model.problem();
		if (problem == null && outputText.getText().isBlank()) {
			problem = "Choose the file to write.";
		} else if (problem == null && Files.isDirectory(output())) {
			problem = output() + " is a folder; name a file.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	IFile model() {
		return model.file();
	}

	Path output() {
		return Paths.get(outputText.getText().strip()).toAbsolutePath();
	}

	ExportFormat format() {
		return ExportFormat.values()[formatCombo.getSelectionIndex()];
	}

	ExportOptions options() {
		String profile = profileCombo.getSelectionIndex() <= 0 ? null : profileCombo.getText();
		return new ExportOptions(GraphShape.values()[namesCombo.getSelectionIndex()], false, profile, null, null);
	}
}
