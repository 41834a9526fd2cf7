package org.flowpilot.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only drop-down over a fixed list of values (enum literals, booleans, referenced elements), showing each
 * value's label and handing back the value itself rather than its index.
 */
class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<?> choices;

	ChoiceCellEditor(Composite parent, List<?> choices, IItemLabelProvider labels) {
		super(parent, choices.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
		this.choices = choices;
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index >= 0 && index < choices.size() ? choices.get(index) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(choices.indexOf(value));
	}
}
