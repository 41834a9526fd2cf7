package org.flowpilot.debug.internal.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.flowpilot.debug.internal.model.SimulationProcess;
import org.flowpilot.debug.internal.model.SimulationTarget;
import org.flowpilot.debug.internal.model.SimulationThread;
import org.flowpilot.debug.internal.model.StepBreakpoint;
import org.flowpilot.debug.internal.model.StepFrame;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.simulation.SimulationState;
import org.flowpilot.ui.simulation.SimulationText;

/**
 * How the debug views show simulations: the session, the run's thread with where and why it stopped, the step it
 * is at, and breakpoints by their step and flow. Breakpoints and steps open in the model editor.
 */
public final class SimulationModelPresentation extends LabelProvider implements IDebugModelPresentation {

	@Override
	public void setAttribute(String attribute, Object value) {
		// No presentation options.
	}

	@Override
	public String getText(Object element) {
		if (element instanceof SimulationTarget target) {
			return (target.isTerminated() ? "<terminated> " : "") + target.getName();
		}
		if (element instanceof SimulationThread thread) {
			return thread.getName() + " (" + status(thread.target()) + ")";
		}
		if (element instanceof StepFrame frame) {
			return frame.getName();
		}
		if (element instanceof StepBreakpoint breakpoint) {
			return breakpoint.stepName() + (breakpoint.flowName().isEmpty() ? ""
					: " \u2014 flow '" + breakpoint.flowName() + "'") + " [" + (breakpoint.file() == null ? "?"
							: breakpoint.file().getName()) + "]";
		}
		if (element instanceof SimulationProcess process) {
			return (process.isTerminated() ? "<terminated> " : "") + process.getLabel();
		}
		return null;
	}

	/** "Suspended: breakpoint before 'Microsoft Entra sign-in'", "Running", "Ended: desktop after 57 min". */
	static String status(SimulationTarget target) {
		SimulationState state = target.state();
		switch (state.activity()) {
			case RUNNING:
				return "Running";
			case TERMINATED:
				return "Terminated";
			default:
				break;
		}
		if (state.runState().outcome().isPresent()) {
			return "Ended: " + state.runState().outcome().get().id() + " after "
					+ SimulationText.clock(state.runState().clockMinutes());
		}
		String next = state.runState().nextStep() != null ? state.runState().nextStep().getName()
				: state.runState().nextElementId();
		if (state.suspendReason() == null) {
			return "Suspended before the first step, '" + next + "'";
		}
		return "Suspended: " + state.suspendReason().id() + ", next '" + next + "'";
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof StepBreakpoint breakpoint) {
			return DebugUITools.getImage(breakpoint.enabled() ? IDebugUIConstants.IMG_OBJS_BREAKPOINT
					: IDebugUIConstants.IMG_OBJS_BREAKPOINT_DISABLED);
		}
		return null;
	}

	@Override
	public void computeDetail(IValue value, IValueDetailListener listener) {
		String detail;
		try {
			detail = value.getValueString();
		} catch (DebugException e) {
			detail = e.getMessage();
		}
		listener.detailComputed(value, detail);
	}

	@Override
	public IEditorInput getEditorInput(Object element) {
		if (element instanceof IFile file) {
			return new FileEditorInput(file);
		}
		if (element instanceof StepBreakpoint breakpoint && breakpoint.file() instanceof IFile file) {
			return new FileEditorInput(file);
		}
		return null;
	}

	@Override
	public String getEditorId(IEditorInput input, Object element) {
		return FlowpilotUi.MODEL_EDITOR_ID;
	}
}
