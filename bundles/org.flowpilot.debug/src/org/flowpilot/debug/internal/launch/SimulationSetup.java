package org.flowpilot.debug.internal.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.flowpilot.cli.SimulationInputs;
import org.flowpilot.cli.report.ScenarioFlags;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Flow;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.Scenario;

/**
 * What a simulation runs, worked out from its launch settings as {@code flowpilot simulate} works it out from its
 * options: the model read from the file as saved, the scenario's inputs with the options applied over them, and the
 * flow (the one named, else the scenario's, else the standard flow of the profile's deployment mode).
 *
 * @param file the model file
 * @param model the model read from it
 * @param flow the flow to run
 * @param scenario the run's inputs
 * @param name what the run is called: the scenario's name, else the flow's
 */
public record SimulationSetup(IFile file, AutopilotModel model, Flow flow, RunScenario scenario, String name) {

	/**
	 * Reads the model and resolves the settings.
	 *
	 * @throws InvalidSettingsException with one line naming the file, setting or element at fault
	 */
	public static SimulationSetup of(LaunchSettings settings) throws InvalidSettingsException {
		IFile file = modelFile(settings.model());
		return resolve(settings, file, read(file));
	}

	/** The model in {@code file}, as saved. */
	public static AutopilotModel read(IFile file) throws InvalidSettingsException {
		try {
			return ModelDocument.open(file.getLocation().toFile().toPath()).model();
		} catch (InteropException e) {
			throw new InvalidSettingsException(e.getMessage());
		}
	}

	/**
	 * Resolves the settings against {@code model}, read from {@code file}.
	 *
	 * @throws InvalidSettingsException with one line naming the setting or element at fault
	 */
	public static SimulationSetup resolve(LaunchSettings settings, IFile file, AutopilotModel model)
			throws InvalidSettingsException {
		ScenarioFlags flags;
		try {
			flags = settings.flags();
		} catch (IllegalArgumentException e) {
			throw new InvalidSettingsException(e.getMessage());
		}
		RunScenario base;
		Flow flow = null;
		String name;
		boolean technicianFlowDone = false;
		if (!settings.scenario().isEmpty()) {
			Scenario scenario = named(model.getScenarios(), settings.scenario(), "scenario", file);
			base = Scenarios.of(scenario);
			flow = scenario.getFlow();
			name = scenario.getName();
			technicianFlowDone = scenario.isTechnicianFlowDone();
		} else {
			base = SimulationInputs.defaults(model).build();
			name = null;
		}
		if (!settings.flow().isEmpty()) {
			flow = named(model.getFlows(), settings.flow(), "flow", file);
		}
		if (flow == null) {
			if (base.profile() == null) {
				throw new InvalidSettingsException(file.getFullPath() + ": no scenario or flow chosen, and no profile"
						+ " to pick a standard flow for");
			}
			flow = StandardFlows.of(flags.flowKind(base.profile(), technicianFlowDone));
		}
		try {
			return new SimulationSetup(file, model, flow, flags.applyTo(base), name != null ? name : flow.getName());
		} catch (IllegalArgumentException e) {
			throw new InvalidSettingsException(file.getFullPath() + ": " + e.getMessage());
		}
	}

	/** The workspace file at {@code path}, which must exist. */
	public static IFile modelFile(String path) throws InvalidSettingsException {
		if (path.isBlank()) {
			throw new InvalidSettingsException("Choose the model file to run");
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(path));
		if (!(resource instanceof IFile file) || !file.exists() || file.getLocation() == null) {
			throw new InvalidSettingsException("The model file " + path + " does not exist in the workspace");
		}
		return file;
	}

	private static <T extends NamedElement> T named(List<T> elements, String name, String what, IFile file)
			throws InvalidSettingsException {
		return elements.stream().filter(element -> name.equals(element.getName())).findFirst()
				.orElseThrow(() -> new InvalidSettingsException(file.getFullPath() + ": no " + what + " named '"
						+ name + "' (there are: " + String.join(", ", elements.stream().map(NamedElement::getName)
								.toList()) + ")"));
	}
}
