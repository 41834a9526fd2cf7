package org.flowpilot.debug.internal.ui;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.model.Scenario;

/** Run As / Debug As > Flowpilot Simulation on a scenario selected in a model. */
public final class SimulationLaunchShortcut implements ILaunchShortcut2 {

	@Override
	public void launch(ISelection selection, String mode) {
		Optional<Scenario> scenario = scenarioIn(selection);
		Optional<IFile> file = scenario.flatMap(ModelElements::fileOf);
		if (scenario.isEmpty() || file.isEmpty()) {
			MessageDialog.openInformation(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					"Flowpilot Simulation", "Select a scenario of a saved model to simulate it.");
			return;
		}
		try {
			DebugUITools.launch(SimulationLaunches.configurationFor(file.get(), scenario.get().getName()), mode);
		} catch (CoreException e) {
			MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					"Flowpilot Simulation", "Cannot simulate '" + scenario.get().getName() + "': " + e.getMessage());
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		launch(editor.getSite().getSelectionProvider().getSelection(), mode);
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		// Null: the debug framework then asks launch(...), which finds or makes the scenario's configuration.
		return null;
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return null;
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		return scenarioIn(selection).flatMap(ModelElements::fileOf).orElse(null);
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return getLaunchableResource(editor.getSite().getSelectionProvider().getSelection());
	}

	private static Optional<Scenario> scenarioIn(ISelection selection) {
		return selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof Scenario scenario ? Optional.of(scenario) : Optional.empty();
	}
}
