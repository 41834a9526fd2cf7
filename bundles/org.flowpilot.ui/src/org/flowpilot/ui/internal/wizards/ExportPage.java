package org.flowpilot.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

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

/** Which model to export, in which format, with which options, to which file. */
class ExportPage extends WizardPage {

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

	private final Path initialModel;
	private Text modelText;
	private Combo formatCombo;
	private Combo namesCombo;
	private Text profileText;
	private Text outputText;

	ExportPage(Path initialModel) {
		super("export");
		this.initialModel = initialModel;
		setTitle("Export Autopilot configuration");
		setDescription("Write what Microsoft Graph accepts, or the CSV Intune imports. The output file is replaced"
				+ " only when the export succeeds.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));

		modelText = WizardFields.pathField(body, "Model:", MODEL_ID, SWT.OPEN, new String[] { "*.autopilot" });
		if (initialModel != null) {
			modelText.setText(initialModel.toString());
		}
		formatCombo = combo(body, "Format:", FORMAT_ID, FORMAT_LABELS);
		namesCombo = combo(body, "Graph property names:", NAMES_ID, NAME_LABELS);

		new Label(body, SWT.NONE).setText("Profile:");
		profileText = new Text(body, SWT.BORDER | SWT.SINGLE);
		profileText.setData(WizardFields.ID_KEY, PROFILE_ID);
		profileText.setMessage("the model's only profile");
		profileText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		outputText = WizardFields.pathField(body, "To file:", OUTPUT_ID, SWT.SAVE, new String[] { "*.json;*.csv",
				"*.*" });

		formatCombo.addListener(SWT.Selection, e -> formatChanged());
		modelText.addListener(SWT.Modify, e -> {
			suggestOutput();
			validate();
		});
		outputText.addListener(SWT.Modify, e -> validate());
		setControl(body);
		formatChanged();
		setErrorMessage(null);
	}

	private static Combo combo(Composite body, String label, String id, String[] items) {
		new Label(body, SWT.NONE).setText(label);
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(WizardFields.ID_KEY, id);
		combo.setItems(items);
		combo.select(0);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return combo;
	}

	private void formatChanged() {
		ExportFormat format = format();
		namesCombo.setEnabled(format == ExportFormat.GRAPH_JSON);
		profileText.setEnabled(format == ExportFormat.AUTOPILOT_CONFIG);
		suggestOutput();
		validate();
	}

	// Beside the model, named for the format, unless the user typed a name of their own.
	private void suggestOutput() {
		String current = outputText.getText().strip();
		boolean suggested = current.isEmpty() || Arrays.stream(DEFAULT_FILE_NAMES)
				.anyMatch(name -> current.endsWith(name));
		Path folder = modelText.getText().isBlank() ? null
				: Paths.get(modelText.getText().strip()).toAbsolutePath().getParent();
		if (suggested && folder != null) {
			outputText.setText(folder.resolve(DEFAULT_FILE_NAMES[formatCombo.getSelectionIndex()]).toString());
		}
	}

	private void validate() {
		String problem = null;
		if (!Files.isRegularFile(model())) {
			problem = modelText.getText().isBlank() ? "Choose the .autopilot model to export."
					: model() + ": no such model file.";
		} else if (outputText.getText().isBlank()) {
			problem = "Choose the file to write.";
		} else if (Files.isDirectory(output())) {
			problem = output() + " is a folder; name a file.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Path model() {
		return Paths.get(modelText.getText().strip());
	}

	Path output() {
		return Paths.get(outputText.getText().strip());
	}

	ExportFormat format() {
		return ExportFormat.values()[formatCombo.getSelectionIndex()];
	}

	ExportOptions options() {
		String profile = profileText.getText().strip();
		return new ExportOptions(GraphShape.values()[namesCombo.getSelectionIndex()], false,
				profile.isEmpty() ? null : profile, null, null);
	}
}
