package org.flowpilot.debug.internal.ui;

import org.eclipse.core.resources.IFile;
import org.flowpilot.debug.internal.launch.InvalidSettingsException;
import org.flowpilot.debug.internal.launch.SimulationSetup;
import org.flowpilot.model.AutopilotModel;

/**
 * The model a launch configuration names, read once per version of the file, for the tabs to offer its flows,
 * scenarios and tracked items and to check the settings against.
 */
final class ModelChoices {

	private String path;
	private long stamp;
	private IFile file;
	private AutopilotModel model;
	private String error;

	/** The model at the workspace {@code path}, or null (see {@link #error()}) when there is none to read. */
	AutopilotModel model(String modelPath) {
		IFile current;
		try {
			current = SimulationSetup.modelFile(modelPath);
		} catch (InvalidSettingsException e) {
			path = modelPath;
			file = null;
			model = null;
			error = e.getMessage();
			return null;
		}
		if (!modelPath.equals(path) || current.getModificationStamp() != stamp || !current.equals(file)) {
			path = modelPath;
			file = current;
			stamp = current.getModificationStamp();
			try {
				model = SimulationSetup.read(current);
				error = null;
			} catch (InvalidSettingsException e) {
				model = null;
				error = e.getMessage();
			}
		}
		return model;
	}

	/** The file of the model last asked for, or null. */
	IFile file() {
		return file;
	}

	/** Why the model last asked for could not be read, or null. */
	String error() {
		return error;
	}
}
