package org.flowpilot.debug.internal.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.flowpilot.debug.FlowpilotDebug;

/** A variable of a simulation's state, read-only; it says whether its value changed since the run last stopped. */
public final class SimulationVariable extends DebugElement implements IVariable {

	private final String name;
	private final SimulationValue value;
	private final boolean changed;

	SimulationVariable(IDebugTarget target, String name, SimulationValue value, boolean changed) {
		super(target);
		this.name = name;
		this.value = value;
		this.changed = changed;
	}

	@Override
	public String getModelIdentifier() {
		return FlowpilotDebug.MODEL_ID;
	}

	@Override
	public IValue getValue() {
		return value;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public String getReferenceTypeName() {
		return value.getReferenceTypeName();
	}

	@Override
	public boolean hasValueChanged() {
		return changed;
	}

	@Override
	public void setValue(String expression) throws DebugException {
		notSupported("The state of a simulation is read-only", null);
	}

	@Override
	public void setValue(IValue newValue) throws DebugException {
		notSupported("The state of a simulation is read-only", null);
	}

	@Override
	public boolean supportsValueModification() {
		return false;
	}

	@Override
	public boolean verifyValue(String expression) {
		return false;
	}

	@Override
	public boolean verifyValue(IValue newValue) {
		return false;
	}

	@Override
	public String toString() {
		return name + " = " + value.getValueString();
	}
}
