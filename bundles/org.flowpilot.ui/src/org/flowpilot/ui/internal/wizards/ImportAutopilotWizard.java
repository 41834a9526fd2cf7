package org.flowpilot.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.ui.editor.ModelEditorContext;

/**
 * File &gt; Import of Microsoft Graph JSON or YAML, AutopilotConfigurationFile.json and hardware hash CSV files, and of
 * Intune backup folders, into a workspace model: the files and the model, then a summary of what will be created and changed, then the import. A model open
 * in an editor changes through that editor's command stack (one Undo takes the import back, Save writes it); any
 * other model is saved only when every file imported.
 */
public class ImportAutopilotWizard extends Wizard implements IImportWizard {

	private ImportSourcePage source;
	private ImportSummaryPage summary;

	public ImportAutopilotWizard() {
		setWindowTitle("Import Autopilot Configuration");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		source = new ImportSourcePage(WorkspaceFiles.selectedModel(workbench, selection));
		summary = new ImportSummaryPage();
	}

	@Override
	public void addPages() {
		addPage(source);
		addPage(summary);
	}

	/** The page listing the files and the target model; other import sources add their buttons to it. */
	ImportSourcePage sourcePage() {
		return source;
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		IWizardPage next = super.getNextPage(page);
		if (next == summary) {
			preview();
		}
		return next;
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == summary && summary.isPageComplete();
	}

	private void preview() {
		List<Path> files = source.files();
		IFile target = source.model();
		ModelEditorContext editor = OpenModels.editorOf(target);
		// Copies of the open model are made here, on the UI thread that owns it.
		AutopilotModel before = editor == null ? null : EcoreUtil.copy(editor.model());
		AutopilotModel working = editor == null ? null : EcoreUtil.copy(editor.model());
		ImportPreview[] preview = new ImportPreview[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					AutopilotModel original = before;
					ModelDocument document;
					if (working != null) {
						document = ModelDocument.of(working, path(target));
					} else {
						original = target.exists() ? ModelDocument.open(path(target)).model() : null;
						document = ModelDocument.openOrCreate(path(target));
					}
					preview[0] = ImportPreview.of(files, original, document, monitor);
				} catch (InteropException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			summary.showFailure(WorkspaceFiles.messageOf(e.getCause()));
			return;
		} catch (InterruptedException e) {
			summary.showFailure("Cancelled; nothing was imported.");
			return;
		}
		summary.show(preview[0], editor != null
				? "Into " + target.getFullPath() + ", open in an editor: the editor changes, and one Undo takes the"
						+ " import back. Save the editor to write the file."
				: (target.exists() ? "Into " : "Into the new model ") + target.getFullPath()
						+ ", saved when every file has imported.");
	}

	@Override
	public boolean performFinish() {
		List<Path> files = source.files();
		IFile target = source.model();
		ModelEditorContext editor = OpenModels.editorOf(target);
		if (editor != null) {
			ImportIntoModelCommand command = new ImportIntoModelCommand(editor.model(), path(target), files);
			editor.editingDomain().getCommandStack().execute(command);
			if (command.failure() != null) {
				summary.showFailure(command.failure().getMessage());
				return false;
			}
			editor.editor().getSite().getPage().activate(editor.editor());
			return true;
		}
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, "Importing into " + target.getName(),
						files.size() + 1);
				try {
					ModelDocument document = ModelDocument.openOrCreate(path(target));
					Warnings warnings = new Warnings();
					for (Path file : files) {
						progress.subTask(file.getFileName().toString());
						SourceImport.of(file, document, warnings);
						progress.worked(1);
						if (progress.isCanceled()) {
							throw new InterruptedException();
						}
					}
					progress.subTask("Saving " + target.getName());
					document.save();
					target.getParent().refreshLocal(IResource.DEPTH_ONE, progress.split(1));
				} catch (InteropException | CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			summary.showFailure(WorkspaceFiles.messageOf(e.getCause()));
		} catch (InterruptedException e) {
			summary.showFailure("Import cancelled; " + target.getName() + " was not changed.");
		}
		return false;
	}

	private static Path path(IFile file) {
		return file.getLocation().toPath();
	}
}
