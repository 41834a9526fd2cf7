package org.flowpilot.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Which files to import (one path a line) and into which model. */
class ImportFilesPage extends WizardPage {

	static final String FILES_ID = "import.files";
	static final String MODEL_ID = "import.model";

	private final Path initialModel;
	private Text filesText;
	private Text modelText;

	ImportFilesPage(Path initialModel) {
		super("importFiles");
		this.initialModel = initialModel;
		setTitle("Import Autopilot configuration");
		setDescription("Microsoft Graph JSON (profiles, ESP, lists), AutopilotConfigurationFile.json or a hardware"
				+ " hash CSV. Each file's kind is told from its content.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));

		Label filesLabel = new Label(body, SWT.NONE);
		filesLabel.setText("Files (one a line):");
		filesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		filesText = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		filesText.setData(WizardFields.ID_KEY, FILES_ID);
		GridData filesData = new GridData(SWT.FILL, SWT.FILL, true, true);
		filesData.heightHint = 120;
		filesData.widthHint = 420;
		filesText.setLayoutData(filesData);
		Button add = new Button(body, SWT.PUSH);
		add.setText("Add Files...");
		add.setData(WizardFields.ID_KEY, FILES_ID + ".add");
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		add.addListener(SWT.Selection, e -> addFiles());

		modelText = WizardFields.pathField(body, "Into model:", MODEL_ID, SWT.SAVE, new String[] { "*.autopilot" });
		if (initialModel != null) {
			modelText.setText(initialModel.toString());
		}
		Label note = new Label(body, SWT.WRAP);
		note.setText("The model is created when it does not exist. It is saved only when every file imports.");
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

		filesText.addListener(SWT.Modify, e -> validate());
		modelText.addListener(SWT.Modify, e -> validate());
		setControl(body);
		validate();
		setErrorMessage(null);
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.json;*.csv", "*.*" });
		if (dialog.open() == null) {
			return;
		}
		StringBuilder text = new StringBuilder(filesText.getText().strip());
		for (String name : dialog.getFileNames()) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(Paths.get(dialog.getFilterPath(), name));
		}
		filesText.setText(text.toString());
	}

	private void validate() {
		String problem = null;
		List<Path> files = files();
		if (files.isEmpty()) {
			problem = "Name at least one file to import.";
		} else {
			for (Path file : files) {
				if (!Files.isRegularFile(file)) {
					problem = file + ": no such file.";
					break;
				}
			}
		}
		if (problem == null && !modelText.getText().strip().endsWith(".autopilot")) {
			problem = "The model must be an .autopilot file.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	List<Path> files() {
		return filesText.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).map(Paths::get)
				.toList();
	}

	Path model() {
		return Paths.get(modelText.getText().strip());
	}
}
