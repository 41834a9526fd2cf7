package org.flowpilot.debug.internal.model;

import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.debug.internal.model.StateVariables.Node;

/** The value of a {@link SimulationVariable}: its text and the variables inside it. */
public final class SimulationValue extends DebugElement implements IValue {

	private final String type;
	private final String text;
	private final IVariable[] variables;

	private SimulationValue(IDebugTarget target, String type, String text, IVariable[] variables) {
		super(target);
		this.type = type;
		this.text = text;
		this.variables = variables;
	}

	/**
	 * The debug variables of {@code nodes}, each marked changed when its value differs from {@code before} (the
	 * values by path when the run last stopped; empty: nothing is marked).
	 */
	static IVariable[] variables(IDebugTarget target, List<Node> nodes, String prefix, Map<String, String> before) {
		IVariable[] variables = new IVariable[nodes.size()];
		for (int i = 0; i < variables.length; i++) {
			Node node = nodes.get(i);
			String path = prefix + node.name();
			SimulationValue value = new SimulationValue(target, node.type(), node.value(),
					variables(target, node.children(), path + "/", before));
			boolean changed = !before.isEmpty() && !node.value().equals(before.get(path));
			variables[i] = new SimulationVariable(target, node.name(), value, changed);
		}
		return variables;
	}

	@Override
	public String getModelIdentifier() {
		return FlowpilotDebug.MODEL_ID;
	}

	@Override
	public String getReferenceTypeName() {
		return type;
	}

	@Override
	public String getValueString() {
		return text;
	}

	@Override
	public boolean isAllocated() {
		return true;
	}

	@Override
	public IVariable[] getVariables() {
		return variables.clone();
	}

	@Override
	public boolean hasVariables() {
		return variables.length > 0;
	}

	@Override
	public String toString() {
		return text;
	}
}
