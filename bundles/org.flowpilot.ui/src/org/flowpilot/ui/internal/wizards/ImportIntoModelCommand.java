package org.flowpilot.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;

/**
 * Imports files and backup folders into a model open in an editor, as one command on the editor's stack: one Undo takes the whole import
 * back, and the file is written only when the user saves. A file that fails to import (also one inside a folder)
 * leaves the model as it was.
 */
final class ImportIntoModelCommand extends ChangeCommand {

	private final AutopilotModel model;
	private final Path path;
	private final List<Path> files;
	private final List<SourceImport> results = new ArrayList<>();
	private InteropException failure;

	ImportIntoModelCommand(AutopilotModel model, Path path, List<Path> files) {
		super(model);
		this.model = model;
		this.path = path;
		this.files = List.copyOf(files);
		setLabel(files.size() == 1 ? "Import " + files.get(0).getFileName() : "Import " + files.size() + " Files");
		setDescription("Import " + files.stream().map(file -> file.getFileName().toString()).toList());
	}

	@Override
	protected void doExecute() {
		ModelDocument document = ModelDocument.of(model, path);
		Warnings warnings = new Warnings();
		try {
			for (Path file : files) {
				results.add(SourceImport.of(file, document, warnings));
			}
		} catch (InteropException e) {
			failure = e;
		}
	}

	@Override
	public void execute() {
		super.execute();
		if (failure != null) {
			// Put back what the files before the failing one changed; the command stack then drops the command.
			ChangeDescription changes = getChangeDescription();
			changes.applyAndReverse();
			throw new AbortExecutionException(failure.getMessage());
		}
	}

	/** Why the import failed, or null when it succeeded. */
	InteropException failure() {
		return failure;
	}

	List<SourceImport> results() {
		return List.copyOf(results);
	}
}
