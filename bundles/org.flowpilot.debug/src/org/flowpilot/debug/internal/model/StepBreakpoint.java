package org.flowpilot.debug.internal.model;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.Breakpoint;
import org.flowpilot.debug.FlowpilotDebug;

/**
 * A breakpoint on a step of a flow, kept as a marker on the model file and keyed by the step's element id, so that
 * it survives renames, reordering and edits elsewhere in the model. A run stops before taking the step, as a line
 * breakpoint stops before its line.
 */
public final class StepBreakpoint extends Breakpoint {

	/** The marker attribute holding the step's name when the breakpoint was set, for its label. */
	public static final String STEP_NAME = "org.flowpilot.debug.stepName";

	/** The marker attribute holding the name of the step's flow. */
	public static final String FLOW_NAME = "org.flowpilot.debug.flowName";

	/** For the breakpoint manager, which restores breakpoints from their markers. */
	public StepBreakpoint() {
	}

	/**
	 * Creates an enabled breakpoint on the step {@code elementId} of the model {@code file} and its marker; register
	 * it with the breakpoint manager to make it known.
	 */
	public StepBreakpoint(IResource file, String elementId, String stepName, String flowName) throws CoreException {
		IWorkspaceRunnable create = monitor -> {
			IMarker marker = file.createMarker(FlowpilotDebug.STEP_BREAKPOINT_MARKER);
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, "Breakpoint on '" + stepName + "'" + (flowName == null ? ""
					: " in the flow '" + flowName + "'"));
			attributes.put(FlowpilotDebug.ELEMENT_ID_ATTRIBUTE, elementId);
			attributes.put(STEP_NAME, stepName);
			if (flowName != null) {
				attributes.put(FLOW_NAME, flowName);
			}
			attributes.put(ENABLED, Boolean.TRUE);
			attributes.put(ID, FlowpilotDebug.MODEL_ID);
			attributes.put(PERSISTED, Boolean.TRUE);
			marker.setAttributes(attributes);
			setMarker(marker);
		};
		run(getMarkerRule(file), create);
	}

	@Override
	public String getModelIdentifier() {
		return FlowpilotDebug.MODEL_ID;
	}

	/** The element id of the step the breakpoint is on. */
	public String elementId() {
		IMarker marker = getMarker();
		return marker == null ? null : marker.getAttribute(FlowpilotDebug.ELEMENT_ID_ATTRIBUTE, null);
	}

	/** The step's name when the breakpoint was set. */
	public String stepName() {
		IMarker marker = getMarker();
		return marker == null ? "" : marker.getAttribute(STEP_NAME, "");
	}

	/** The name of the step's flow, or empty. */
	public String flowName() {
		IMarker marker = getMarker();
		return marker == null ? "" : marker.getAttribute(FLOW_NAME, "");
	}

	/** The model file the breakpoint is in. */
	public IResource file() {
		IMarker marker = getMarker();
		return marker == null ? null : marker.getResource();
	}

	/** Whether the breakpoint is enabled, false when its marker is gone. */
	public boolean enabled() {
		try {
			return isEnabled();
		} catch (CoreException e) {
			return false;
		}
	}
}
