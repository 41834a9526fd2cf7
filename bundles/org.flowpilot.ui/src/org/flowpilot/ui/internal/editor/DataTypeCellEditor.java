package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell for a value of an EMF data type (text, numbers, dates): the text is converted with the type's
 * factory, and text the type cannot read is refused with a message rather than applied.
 */
class DataTypeCellEditor extends TextCellEditor {

	private final EDataType type;

	DataTypeCellEditor(Composite parent, EDataType type) {
		super(parent);
		this.type = type;
		// The Properties view also validates the typed value it sets, not only text.
		setValidator(value -> value instanceof String text ? problemWith(text) : null);
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		return problemWith(text) == null ? EcoreUtil.createFromString(type, text) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		String text = value == null ? null : EcoreUtil.convertToString(type, value);
		super.doSetValue(text == null ? "" : text);
	}

	private String problemWith(String text) {
		try {
			EcoreUtil.createFromString(type, text);
			return null;
		} catch (RuntimeException e) {
			return "'" + text + "' is not a valid " + type.getName() + " value";
		}
	}
}
