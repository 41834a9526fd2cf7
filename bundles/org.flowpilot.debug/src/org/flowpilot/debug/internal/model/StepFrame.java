package org.flowpilot.debug.internal.model;

import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.debug.internal.model.StateVariables.Node;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.ui.simulation.SimulationState;
import org.flowpilot.ui.simulation.SimulationText;

/**
 * Where a suspended simulation stands: the step it took last (what the person sees now), with the scenario and the
 * state as variables. A new frame is made each time the run stops, so the Debug view selects it and the Variables
 * view marks what changed since the previous one.
 */
public final class StepFrame extends DebugElement implements IStackFrame {

	private final SimulationThread thread;
	private final SimulationState state;
	private final List<Node> nodes;
	private final Map<String, String> values;
	private final Map<String, String> before;
	private IVariable[] variables;

	StepFrame(SimulationThread thread, String scenarioName, SimulationState state, StepFrame previous) {
		super(thread.getDebugTarget());
		this.thread = thread;
		this.state = state;
		nodes = StateVariables.of(scenarioName, state.scenario(), state.taken(), state.runState());
		values = StateVariables.flatten(nodes);
		before = previous == null ? Map.of() : previous.values;
	}

	/** The simulation's state this frame shows. */
	public SimulationState state() {
		return state;
	}

	/** The step taken last, or null before the first. */
	public StepRecord record() {
		return state.current();
	}

	/** The variables as plain values, for tests and labels. */
	public List<Node> nodes() {
		return nodes;
	}

	@Override
	public String getModelIdentifier() {
		return FlowpilotDebug.MODEL_ID;
	}

	@Override
	public IThread getThread() {
		return thread;
	}

	@Override
	public synchronized IVariable[] getVariables() {
		if (variables == null) {
			variables = SimulationValue.variables(getDebugTarget(), nodes, "", before);
		}
		return variables.clone();
	}

	@Override
	public boolean hasVariables() {
		return true;
	}

	@Override
	public int getLineNumber() {
		return state.position();
	}

	@Override
	public int getCharStart() {
		return -1;
	}

	@Override
	public int getCharEnd() {
		return -1;
	}

	@Override
	public String getName() {
		StepRecord record = state.current();
		if (record == null) {
			return "Before the first step";
		}
		return record.step() + ". " + record.name() + " (" + record.status().id() + ", "
				+ SimulationText.clock(record.clockMinutes()) + ")";
	}

	@Override
	public IRegisterGroup[] getRegisterGroups() {
		return new IRegisterGroup[0];
	}

	@Override
	public boolean hasRegisterGroups() {
		return false;
	}

	// Stepping and resuming act on the run: the frame passes them to its thread.

	@Override
	public boolean canStepInto() {
		return false;
	}

	@Override
	public boolean canStepOver() {
		return thread.canStepOver();
	}

	@Override
	public boolean canStepReturn() {
		return false;
	}

	@Override
	public boolean isStepping() {
		return thread.isStepping();
	}

	@Override
	public void stepInto() throws DebugException {
		thread.stepInto();
	}

	@Override
	public void stepOver() throws DebugException {
		thread.stepOver();
	}

	@Override
	public void stepReturn() throws DebugException {
		thread.stepReturn();
	}

	@Override
	public boolean canResume() {
		return thread.canResume();
	}

	@Override
	public boolean canSuspend() {
		return thread.canSuspend();
	}

	@Override
	public boolean isSuspended() {
		return thread.isSuspended();
	}

	@Override
	public void resume() throws DebugException {
		thread.resume();
	}

	@Override
	public void suspend() throws DebugException {
		thread.suspend();
	}

	@Override
	public boolean canTerminate() {
		return thread.canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return thread.isTerminated();
	}

	@Override
	public void terminate() throws DebugException {
		thread.terminate();
	}

	@Override
	public String toString() {
		return getName();
	}
}
