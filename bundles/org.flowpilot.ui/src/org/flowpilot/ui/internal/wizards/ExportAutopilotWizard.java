package org.flowpilot.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IExportWizard;
import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ExportOptions;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelExporter;

/**
 * File &gt; Export of a model as Microsoft Graph JSON, AutopilotConfigurationFile.json or hardware hash CSV. The
 * output is replaced only when the export succeeds.
 */
public class ExportAutopilotWizard extends InteropWizard<ExportPage> implements IExportWizard {

	public ExportAutopilotWizard() {
		super("Export Autopilot Configuration");
	}

	@Override
	ExportPage createPage(Path selectedModel) {
		return new ExportPage(selectedModel);
	}

	@Override
	public boolean performFinish() {
		Path model = page().model();
		Path out = page().output();
		ExportFormat format = page().format();
		ExportOptions options = page().options();
		boolean exported = run(false, null, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + model.getFileName(), 2);
			ModelDocument document = ModelDocument.open(model);
			progress.worked(1);
			progress.subTask("Writing " + out.getFileName());
			ModelExporter.exportTo(document, format, options, out);
			progress.worked(1);
		});
		if (exported) {
			WorkspaceFiles.refresh(out);
		}
		return exported;
	}
}
