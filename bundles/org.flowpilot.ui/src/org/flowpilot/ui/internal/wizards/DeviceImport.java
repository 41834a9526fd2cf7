package org.flowpilot.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.flowpilot.ui.editor.ModelEditorContext;

/** Imports a hardware hash CSV (or any file the import wizard reads) into an open model, as one command of its editor. */
public final class DeviceImport {

	private DeviceImport() {
	}

	/** Imports {@code file} into {@code editor}'s model; returns why it failed, or null when it succeeded. */
	public static String intoEditor(ModelEditorContext editor, Path file) {
		Path target = editor.file() != null && editor.file().getLocation() != null
				? editor.file().getLocation().toPath()
				: file.resolveSibling("model.autopilot");
		ImportIntoModelCommand command = new ImportIntoModelCommand(editor.model(), target, List.of(file));
		editor.editingDomain().getCommandStack().execute(command);
		return command.failure() == null ? null : command.failure().getMessage();
	}
}
