package org.flowpilot.debug.internal.ui;

import java.util.Set;

import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTargetFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;

/** Offers step breakpoints wherever steps of a saved model are selected. */
public final class StepBreakpointToggleFactory implements IToggleBreakpointsTargetFactory {

	static final String TARGET_ID = "org.flowpilot.debug.toggleTargets.step";

	@Override
	public Set<String> getToggleTargets(IWorkbenchPart part, ISelection selection) {
		return ModelElements.steps(selection).isEmpty() ? Set.of() : Set.of(TARGET_ID);
	}

	@Override
	public String getDefaultToggleTarget(IWorkbenchPart part, ISelection selection) {
		return ModelElements.steps(selection).isEmpty() ? null : TARGET_ID;
	}

	@Override
	public IToggleBreakpointsTarget createToggleTarget(String targetId) {
		return TARGET_ID.equals(targetId) ? new StepBreakpointToggleTarget() : null;
	}

	@Override
	public String getToggleTargetName(String targetId) {
		return "Step Breakpoints";
	}

	@Override
	public String getToggleTargetDescription(String targetId) {
		return "Stop a simulation before it takes the step";
	}
}
