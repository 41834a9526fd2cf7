package org.flowpilot.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IImportWizard;
import org.flowpilot.interop.ImportResult;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.Warnings;

/**
 * File &gt; Import of Microsoft Graph JSON, AutopilotConfigurationFile.json and hardware hash CSV into a model. The
 * model is saved only when every file imported, so a bad file leaves it as it was.
 */
public class ImportAutopilotWizard extends InteropWizard<ImportFilesPage> implements IImportWizard {

	public ImportAutopilotWizard() {
		super("Import Autopilot Configuration");
	}

	@Override
	ImportFilesPage createPage(Path selectedModel) {
		return new ImportFilesPage(selectedModel);
	}

	@Override
	public boolean performFinish() {
		List<Path> files = page().files();
		Path model = page().model();
		List<ImportResult> results = new ArrayList<>();
		Warnings warnings = new Warnings();
		boolean imported = run(true, "Import cancelled; " + model.getFileName() + " was not changed.", monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, "Importing into " + model.getFileName(),
					files.size() + 1);
			ModelDocument document = ModelDocument.openOrCreate(model);
			for (Path file : files) {
				progress.subTask(file.getFileName().toString());
				results.add(ModelImporter.importFile(file, document, warnings));
				progress.worked(1);
				if (progress.isCanceled()) {
					throw new InterruptedException();
				}
			}
			progress.subTask("Saving " + model.getFileName());
			document.save();
			progress.worked(1);
		});
		if (!imported) {
			return false;
		}
		WorkspaceFiles.refresh(model);
		if (!warnings.messages().isEmpty()) {
			MessageDialog.openWarning(getShell(), "Imported with warnings",
					summary(results) + "\n\nWarnings:\n" + String.join("\n", warnings.messages()));
		}
		return true;
	}

	private static String summary(List<ImportResult> results) {
		StringBuilder text = new StringBuilder();
		for (ImportResult result : results) {
			text.append(result.file().getFileName()).append(": ").append(result.elements()).append(' ')
					.append(result.kind().label()).append('\n');
		}
		return text.toString().strip();
	}
}
