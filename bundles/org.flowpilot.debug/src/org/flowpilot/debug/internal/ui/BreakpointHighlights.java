package org.flowpilot.debug.internal.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.debug.internal.model.StepBreakpoint;
import org.flowpilot.diagram.Highlight;
import org.flowpilot.ui.simulation.DiagramHighlights;

/**
 * Shows the enabled step breakpoints on the diagrams of their model files, from the workbench's start (breakpoints
 * outlive sessions) and as they are added, removed, enabled or disabled.
 */
public final class BreakpointHighlights implements IBreakpointListener, IStartup {

	/** The source name of the breakpoints' highlights. */
	static final String SOURCE = "breakpoints";

	private final Set<IFile> marked = new HashSet<>();
	private DiagramHighlights highlights;

	@Override
	public void earlyStartup() {
		highlights = PlatformUI.getWorkbench().getService(DiagramHighlights.class);
		DebugPlugin.getDefault().getBreakpointManager().addBreakpointListener(this);
		update();
	}

	@Override
	public void breakpointAdded(IBreakpoint breakpoint) {
		updateFor(breakpoint);
	}

	@Override
	public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
		updateFor(breakpoint);
	}

	@Override
	public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
		updateFor(breakpoint);
	}

	private void updateFor(IBreakpoint breakpoint) {
		if (breakpoint instanceof StepBreakpoint) {
			update();
		}
	}

	// Breakpoints are few: every change recomputes them all, which also catches a breakpoint whose marker is gone.
	private synchronized void update() {
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		Map<IFile, Map<String, Set<Highlight>>> byFile = new HashMap<>();
		for (IBreakpoint breakpoint : manager.getBreakpoints(FlowpilotDebug.MODEL_ID)) {
			if (breakpoint instanceof StepBreakpoint step && step.enabled() && step.file() instanceof IFile file
					&& step.elementId() != null) {
				byFile.computeIfAbsent(file, f -> new HashMap<>()).put(step.elementId(), Set.of(Highlight.BREAKPOINT));
			}
		}
		for (IFile file : marked) {
			if (!byFile.containsKey(file)) {
				highlights.set(file, SOURCE, Map.of());
			}
		}
		byFile.forEach((file, ids) -> highlights.set(file, SOURCE, ids));
		marked.clear();
		marked.addAll(byFile.keySet());
	}
}
