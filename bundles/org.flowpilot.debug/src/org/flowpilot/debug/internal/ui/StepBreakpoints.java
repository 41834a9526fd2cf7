package org.flowpilot.debug.internal.ui;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.debug.internal.model.StepBreakpoint;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;

/** Sets and removes breakpoints on steps, one per step and model file. */
final class StepBreakpoints {

	private StepBreakpoints() {
	}

	/** The breakpoint on {@code elementId} in {@code file}, if there is one. */
	static Optional<StepBreakpoint> find(IFile file, String elementId) {
		for (IBreakpoint breakpoint : DebugPlugin.getDefault().getBreakpointManager()
				.getBreakpoints(FlowpilotDebug.MODEL_ID)) {
			if (breakpoint instanceof StepBreakpoint step && file.equals(step.file())
					&& elementId.equals(step.elementId())) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	/** Removes the breakpoint on {@code step} if it has one, else sets one. */
	static void toggle(Step step) throws CoreException {
		IFile file = ModelElements.fileOf(step).orElseThrow(() -> new IllegalArgumentException("The step '"
				+ step.getName() + "' is in no saved model"));
		String elementId = ElementIds.of(step);
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		Optional<StepBreakpoint> existing = find(file, elementId);
		if (existing.isPresent()) {
			manager.removeBreakpoint(existing.get(), true);
		} else {
			String flowName = step.eContainer() instanceof Flow flow ? flow.getName() : null;
			manager.addBreakpoint(new StepBreakpoint(file, elementId, step.getName(), flowName));
		}
	}
}
