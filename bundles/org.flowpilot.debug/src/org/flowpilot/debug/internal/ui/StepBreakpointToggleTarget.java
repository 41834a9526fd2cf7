package org.flowpilot.debug.internal.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.flowpilot.model.Step;

/** Run > Toggle Breakpoint (Ctrl+Shift+B) on steps selected in the model editor: a breakpoint on each, or none. */
public final class StepBreakpointToggleTarget implements IToggleBreakpointsTarget {

	@Override
	public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
		return !ModelElements.steps(selection).isEmpty();
	}

	@Override
	public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
		for (Step step : ModelElements.steps(selection)) {
			StepBreakpoints.toggle(step);
		}
	}

	@Override
	public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
		return false;
	}

	@Override
	public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
		// Flows have no methods.
	}

	@Override
	public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
		return false;
	}

	@Override
	public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
		// Flows have no fields.
	}
}
