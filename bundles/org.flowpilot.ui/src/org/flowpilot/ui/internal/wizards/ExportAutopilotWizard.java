package org.flowpilot.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ExportOptions;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelExporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.model.persistence.AtomicFiles;

/**
 * File &gt; Export of a workspace model as Microsoft Graph JSON, AutopilotConfigurationFile.json or hardware hash CSV:
 * the model, format and file, then a summary with the start of what will be written, then the write. The output is
 * replaced atomically and only when the export succeeds; a model open in an editor exports with its unsaved changes.
 */
public class ExportAutopilotWizard extends Wizard implements IExportWizard {

	private ExportSourcePage source;
	private ExportSummaryPage summary;
	private byte[] content;

	public ExportAutopilotWizard() {
		setWindowTitle("Export Autopilot Configuration");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		source = new ExportSourcePage(WorkspaceFiles.selectedModel(workbench, selection));
		summary = new ExportSummaryPage();
	}

	@Override
	public void addPages() {
		addPage(source);
		addPage(summary);
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
		IFile model = source.model();
		Path out = source.output();
		ExportFormat format = source.format();
		ExportOptions options = source.options();
		boolean open = OpenModels.editorOf(model) != null;
		ModelDocument document;
		try {
			// Read here: an open model is copied on the UI thread that owns it.
			document = ModelSummaries.read(model);
		} catch (InteropException e) {
			summary.showFailure(e.getMessage());
			return;
		}
		byte[][] written = new byte[1][];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Exporting " + model.getName(), IProgressMonitor.UNKNOWN);
				try {
					written[0] = ModelExporter.export(document, format, options);
				} catch (InteropException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			content = null;
			summary.showFailure(WorkspaceFiles.messageOf(e.getCause()));
			return;
		} catch (InterruptedException e) {
			content = null;
			summary.showFailure("Cancelled.");
			return;
		}
		content = written[0];
		String where = (Files.exists(out) ? "Replaces " : "Writes ") + out
				+ (open ? ", from the editor's content (unsaved changes included)." : ".");
		summary.show(where, ModelSummaries.contents(document.model(), format, options.profileName()), content);
	}

	@Override
	public boolean performFinish() {
		if (content == null) {
			return false;
		}
		Path out = source.output();
		try {
			AtomicFiles.write(out, content);
		} catch (IOException e) {
			summary.showFailure(out + ": cannot write: " + e.getMessage());
			return false;
		}
		WorkspaceFiles.refresh(out);
		return true;
	}
}
