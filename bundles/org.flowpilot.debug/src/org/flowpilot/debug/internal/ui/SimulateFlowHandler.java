package org.flowpilot.debug.internal.ui;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Scenario;

/**
 * Simulate, in the heading of the model editor's Flow diagram page: starts a debug session of the first scenario that
 * runs the flow shown, in one click.
 */
public final class SimulateFlowHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		IFormPage page = editor instanceof FormEditor form ? form.getActivePageInstance() : null;
		Flow flow = page == null ? null : page.getAdapter(Flow.class);
		if (flow == null) {
			return null;
		}
		Optional<Scenario> scenario = flow.eContainer() instanceof AutopilotModel model ? model.getScenarios()
				.stream().filter(candidate -> candidate.getFlow() == flow).findFirst() : Optional.empty();
		if (scenario.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Simulate", "No scenario runs the flow '"
					+ flow.getName() + "'. Add one under Scenarios in the Model page, with this flow, to simulate it.");
			return null;
		}
		SimulateHandler.simulate(scenario.get());
		return null;
	}
}
