package org.flowpilot.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.ui.editor.ModelEditorContext;

/** Models as the wizards read them: the open editor's content when a model is open, the file otherwise. */
final class ModelSummaries {

	private ModelSummaries() {
	}

	/**
	 * The model in {@code file} as the user sees it: a copy of the open editor's model (with its unsaved changes), or
	 * the file read from disk.
	 */
	static ModelDocument read(IFile file) throws InteropException {
		ModelEditorContext editor = OpenModels.editorOf(file);
		if (editor != null) {
			return ModelDocument.of(EcoreUtil.copy(editor.model()), file.getLocation().toPath());
		}
		return ModelDocument.open(file.getLocation().toPath());
	}

	/** The names of the profiles in {@code file}; empty when it cannot be read. */
	static List<String> profileNames(IFile file) {
		if (file == null || !file.exists()) {
			return List.of();
		}
		try {
			List<String> names = new ArrayList<>();
			for (DeploymentProfile profile : read(file).model().getProfiles()) {
				if (profile.getName() != null) {
					names.add(profile.getName());
				}
			}
			return names;
		} catch (InteropException e) {
			return List.of();
		}
	}

	/** What an export of {@code model} in {@code format} holds, such as "2 deployment profiles, 1 ESP configuration". */
	static String contents(AutopilotModel model, ExportFormat format, String profileName) {
		return switch (format) {
			case GRAPH_JSON -> count(model.getProfiles().size(), "deployment profile") + ", "
					+ count(model.getEnrollmentStatusPages().size(), "Enrollment Status Page configuration");
			case CSV -> count(model.getDevices().size(), "device");
			case AUTOPILOT_CONFIG -> "the profile '" + (profileName != null ? profileName
					: model.getProfiles().isEmpty() ? "?" : model.getProfiles().get(0).getName()) + "'";
		};
	}

	private static String count(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
