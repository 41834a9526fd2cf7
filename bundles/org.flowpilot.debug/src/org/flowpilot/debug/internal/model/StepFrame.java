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
 * state as variables. The thread keeps one frame and moves it to each new stop, as a debugger keeps the frame of a
 * method it steps through: the Debug view keeps it selected and the Variables view refreshes its variables in place,
 * marking what changed since the previous stop.
 */
public final class StepFrame extends DebugElement implements IStackFrame {

	/** What the frame shows at one stop; replaced whole, so readers on any thread see one stop or the next. */
	private record Stop(SimulationState state, List<Node> nodes, Map<String, String> values, Map<String, String> before,
			IVariable[] variables) {
	}

	private final SimulationThread thread;
	private final String scenarioName;
	private volatile Stop stop;

	StepFrame(SimulationThread thread, String scenarioName, SimulationState state) {
		super(thread.getDebugTarget());
		this.thread = thread;
		this.scenarioName = scenarioName;
		moveTo(state);
	}

	/** Moves the frame to where the run stopped now; its variables say what changed since the previous stop. */
	void moveTo(SimulationState state) {
		Stop previous = stop;
		List<Node> nodes = StateVariables.of(scenarioName, state.scenario(), state.taken(), state.runState());
		Map<String, String> values = StateVariables.flatten(nodes);
		Map<String, String> before = previous == null ? Map.of() : previous.values();
		stop = new Stop(state, nodes, values, before, SimulationValue.variables(getDebugTarget(), nodes, "", before));
	}

	/** The simulation's state this frame shows. */
	public SimulationState state() {
		return stop.state();
	}

	/** The step taken last, or null before the first. */
	public StepRecord record() {
		return stop.state().current();
	}

	/** The variables as plain values, for tests and labels. */
	public List<Node> nodes() {
		return stop.nodes();
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
	public IVariable[] getVariables() {
		return stop.variables().clone();
	}

	@Override
	public boolean hasVariables() {
		return true;
	}

	@Override
	public int getLineNumber() {
		return stop.state().position();
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
		StepRecord record = record();
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
