package org.flowpilot.debug.internal.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.flowpilot.debug.FlowpilotDebug;

/** The one thread of a simulation: the person going through the flow. Its one frame is the step they are at. */
public final class SimulationThread extends DebugElement implements IThread {

	private final SimulationTarget target;

	SimulationThread(SimulationTarget target) {
		super(target);
		this.target = target;
	}

	@Override
	public String getModelIdentifier() {
		return FlowpilotDebug.MODEL_ID;
	}

	/** The simulation this thread belongs to. */
	public SimulationTarget target() {
		return target;
	}

	@Override
	public IStackFrame[] getStackFrames() {
		StepFrame frame = target.frame();
		return frame == null ? new IStackFrame[0] : new IStackFrame[] { frame };
	}

	@Override
	public boolean hasStackFrames() {
		return target.frame() != null;
	}

	@Override
	public int getPriority() {
		return 0;
	}

	@Override
	public IStackFrame getTopStackFrame() {
		return target.frame();
	}

	@Override
	public String getName() {
		return "Run of the flow '" + target.setup().flow().getName() + "'";
	}

	@Override
	public IBreakpoint[] getBreakpoints() {
		return target.breakpointsHit();
	}

	@Override
	public boolean canResume() {
		return target.canResume();
	}

	@Override
	public boolean canSuspend() {
		return target.canSuspend();
	}

	@Override
	public boolean isSuspended() {
		return target.isSuspended();
	}

	@Override
	public void resume() {
		target.resume();
	}

	@Override
	public void suspend() {
		target.suspend();
	}

	@Override
	public boolean canStepInto() {
		return false;
	}

	@Override
	public boolean canStepOver() {
		return target.canStepOver();
	}

	@Override
	public boolean canStepReturn() {
		return false;
	}

	/** Whether the run can go back a step: it is suspended after at least one step. */
	public boolean canStepBack() {
		return target.canStepBack();
	}

	@Override
	public boolean isStepping() {
		return target.isStepping();
	}

	@Override
	public void stepInto() throws DebugException {
		notSupported("A flow has no steps inside its steps", null);
	}

	@Override
	public void stepOver() {
		target.stepOver();
	}

	@Override
	public void stepReturn() throws DebugException {
		notSupported("A flow has no steps inside its steps", null);
	}

	/** Takes the run back one step. */
	public void stepBack() {
		target.stepBack();
	}

	@Override
	public boolean canTerminate() {
		return target.canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return target.isTerminated();
	}

	@Override
	public void terminate() {
		target.terminate();
	}
}
