package org.flowpilot.debug.internal.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowpilot.model.Step;

/** Toggle Breakpoint in the model tree's context menu: a breakpoint on each selected step, or none. */
public final class ToggleStepBreakpointHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		for (Step step : ModelElements.steps(HandlerUtil.getCurrentSelection(event))) {
			try {
				StepBreakpoints.toggle(step);
			} catch (CoreException e) {
				throw new ExecutionException("Cannot toggle the breakpoint on '" + step.getName() + "': "
						+ e.getMessage(), e);
			}
		}
		return null;
	}
}
