package org.flowpilot.ui.internal.fields;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.flowpilot.ui.WidgetIds;

/**
 * A text setting (names, templates, numbers, dates): the typed value is set when the field loses the focus or on
 * Enter, as one command, and only when the setting's type can read it; Esc puts the model's value back.
 */
final class TextField extends FeatureField {

	private final FieldRow row;
	private final Text text;
	private final String help;
	private final EDataType type;
	private final ControlDecoration problem;
	private boolean showing;
	// Typed but not yet set: a refresh caused by some other change must not throw the typing away.
	private boolean edited;

	TextField(FieldContext context, Composite parent, EStructuralFeature feature, String label, String help,
			boolean multiLine) {
		super(context.domain(), feature);
		this.help = help;
		this.type = ((EAttribute) feature).getEAttributeType();
		row = new FieldRow(context, parent, label, help, FieldIds.of(feature));
		int style = SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
		text = context.toolkit().createText(parent, "", style);
		text.setData(WidgetIds.ID_KEY, FieldIds.of(feature));
		GridData data = FieldRow.valueData(SWT.CENTER);
		if (multiLine) {
			data.heightHint = 60;
		}
		text.setLayoutData(data);
		problem = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
		problem.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
				.getImage());
		problem.hide();
		text.addListener(SWT.FocusOut, event -> commit());
		text.addListener(SWT.DefaultSelection, event -> commit());
		text.addListener(SWT.Modify, event -> check());
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				edited = false;
				refresh();
				event.doit = false;
			}
		});
		addToRow(row.label);
		addToRow(row.info);
		addToRow(text);
	}

	@Override
	protected String toolTip() {
		return help;
	}

	@Override
	protected void showValue(Object value, boolean editable) {
		String shown = value == null ? "" : EcoreUtil.convertToString(type, value);
		if (edited && text.isFocusControl()) {
			text.setEditable(editable);
			return;
		}
		edited = false;
		if (!Objects.equals(text.getText(), shown)) {
			showing = true;
			text.setText(shown);
			showing = false;
		}
		text.setEditable(editable);
		problem.hide();
	}

	/** Sets the typed value now, as the field would when it loses the focus. */
	void commit() {
		if (text.isDisposed() || owner() == null || problemWith(text.getText()) != null) {
			return;
		}
		edited = false;
		set(parse(text.getText()));
	}

	private void check() {
		if (showing) {
			return;
		}
		edited = true;
		String message = problemWith(text.getText());
		if (message == null) {
			problem.hide();
		} else {
			problem.setDescriptionText(message);
			problem.show();
		}
	}

	private Object parse(String value) {
		if (value.isEmpty() && type.getInstanceClass() != String.class) {
			return null;
		}
		return EcoreUtil.createFromString(type, value);
	}

	private String problemWith(String value) {
		try {
			if (value.isEmpty() && type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()) {
				return "Enter a value";
			}
			parse(value);
			return null;
		} catch (RuntimeException e) {
			return "'" + value + "' is not " + (type.getInstanceClass() == int.class ? "a whole number" : "a valid "
					+ type.getName() + " value");
		}
	}
}
