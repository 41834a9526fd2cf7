package org.flowpilot.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ExportOptions;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelExporter;
import org.flowpilot.interop.base.InteropException;

/**
 * File &gt; Export of a model as Microsoft Graph JSON, AutopilotConfigurationFile.json or hardware hash CSV. The
 * output is replaced only when the export succeeds.
 */
public class ExportAutopilotWizard extends Wizard implements IExportWizard {

	private ExportPage page;

	public ExportAutopilotWizard() {
		setWindowTitle("Export Autopilot Configuration");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		page = new ExportPage(WorkspaceFiles.selectedModel(selection));
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path model = page.model();
		Path out = page.output();
		ExportFormat format = page.format();
		ExportOptions options = page.options();
		try {
			getContainer().run(true, false, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + model.getFileName(), 2);
				try {
					ModelDocument document = ModelDocument.open(model);
					progress.worked(1);
					progress.subTask("Writing " + out.getFileName());
					ModelExporter.exportTo(document, format, options, out);
					progress.worked(1);
				} catch (InteropException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(WorkspaceFiles.messageOf(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		WorkspaceFiles.refresh(out);
		return true;
	}
}
