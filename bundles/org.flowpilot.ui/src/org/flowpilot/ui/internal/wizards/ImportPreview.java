package org.flowpilot.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;

/**
 * What importing files and backup folders into a model would do, found by importing them into a copy: each file's
 * kind and element count, the warnings, and the elements created or changed.
 *
 * @param results  one per file or folder, in order
 * @param warnings what the import could not keep or had to guess
 * @param changes  the profiles, ESP configurations, users, devices and groups created or changed
 */
record ImportPreview(List<SourceImport> results, List<String> warnings, List<ModelChanges.Change> changes) {

	/**
	 * Imports {@code files} into {@code working} (a copy, changed by this) and compares the outcome with
	 * {@code before} (null for a model that does not exist yet).
	 */
	static ImportPreview of(List<Path> files, AutopilotModel before, ModelDocument working, IProgressMonitor monitor)
			throws InteropException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading the files to import", files.size() + 1);
		Warnings warnings = new Warnings();
		List<SourceImport> results = new ArrayList<>();
		for (Path file : files) {
			if (progress.isCanceled()) {
				throw new InterruptedException();
			}
			progress.subTask(file.getFileName().toString());
			results.add(SourceImport.of(file, working, warnings));
			progress.worked(1);
		}
		progress.subTask("Comparing with the model");
		List<ModelChanges.Change> changes = ModelChanges.between(before, working.model());
		progress.worked(1);
		return new ImportPreview(List.copyOf(results), List.copyOf(warnings.messages()), changes);
	}
}
