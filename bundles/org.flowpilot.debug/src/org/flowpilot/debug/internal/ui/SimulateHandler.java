package org.flowpilot.debug.internal.ui;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowpilot.model.Scenario;

/**
 * Simulate, on a scenario in the model tree (and the diagram): starts a debug session of it in one click, through
 * the scenario's launch configuration (made the first time), suspended before the first step in the Simulation
 * perspective.
 */
public final class SimulateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof Scenario scenario)) {
			return null;
		}
		simulate(scenario);
		return null;
	}

	/** Starts a debug session of {@code scenario}. */
	static void simulate(Scenario scenario) throws ExecutionException {
		Optional<IFile> file = ModelElements.fileOf(scenario);
		if (file.isEmpty()) {
			throw new ExecutionException("The scenario '" + scenario.getName() + "' is in no saved model file");
		}
		try {
			DebugUITools.launch(SimulationLaunches.configurationFor(file.get(), scenario.getName()),
					ILaunchManager.DEBUG_MODE);
		} catch (CoreException e) {
			throw new ExecutionException("Cannot simulate '" + scenario.getName() + "': " + e.getMessage(), e);
		}
	}
}
