package org.flowpilot.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.flowpilot.interop.ImportResult;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;

/**
 * File &gt; Import of Microsoft Graph JSON, AutopilotConfigurationFile.json and hardware hash CSV into a model. The
 * model is saved only when every file imported, so a bad file leaves it as it was.
 */
public class ImportAutopilotWizard extends Wizard implements IImportWizard {

	private ImportFilesPage page;

	public ImportAutopilotWizard() {
		setWindowTitle("Import Autopilot Configuration");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		page = new ImportFilesPage(WorkspaceFiles.selectedModel(selection));
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		List<Path> files = page.files();
		Path model = page.model();
		List<ImportResult> results = new ArrayList<>();
		Warnings warnings = new Warnings();
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, "Importing into " + model.getFileName(),
						files.size() + 1);
				try {
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
				} catch (InteropException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(WorkspaceFiles.messageOf(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			page.setErrorMessage("Import cancelled; " + model.getFileName() + " was not changed.");
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
