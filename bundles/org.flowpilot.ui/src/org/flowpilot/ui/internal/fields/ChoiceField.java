package org.flowpilot.ui.internal.fields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.flowpilot.ui.WidgetIds;

/**
 * A setting with a fixed set of values: an enum, a boolean or a reference. Two values show as a pair of toggles
 * (Show | Hide, No | Yes) in forms and as a checkbox (booleans) in the Properties view; more show as a drop-down of
 * the valid values.
 */
final class ChoiceField extends FeatureField {

	/** How the values show. */
	enum Look {
		TOGGLES, CHECKBOX, DROP_DOWN
	}

	private final FieldContext context;
	private final FieldRow row;
	private final String help;
	private final Look look;
	private final List<Button> toggles = new ArrayList<>();
	private Combo combo;
	private Button checkbox;
	private List<Object> choices = List.of();

	ChoiceField(FieldContext context, Composite parent, EStructuralFeature feature, String label, String help,
			List<Object> toggleValues, Look look) {
		super(context.domain(), feature);
		this.context = context;
		this.help = help;
		this.look = look;
		String id = FieldIds.of(feature);
		row = new FieldRow(context, parent, label, help, id);
		Control value;
		switch (look) {
			case TOGGLES -> {
				Composite pair = context.toolkit().createComposite(parent);
				RowLayout layout = new RowLayout(SWT.HORIZONTAL);
				layout.marginLeft = 0;
				layout.marginTop = 0;
				layout.marginBottom = 0;
				layout.spacing = 12;
				pair.setLayout(layout);
				choices = toggleValues;
				for (Object choice : toggleValues) {
					// Radio buttons: the chosen value reads at a glance, also greyed out when another setting
					// forces it.
					Button toggle = context.toolkit().createButton(pair, context.label(choice), SWT.RADIO);
					toggle.setData(WidgetIds.ID_KEY, id + "." + FieldIds.choiceId(choice));
					toggle.addListener(SWT.Selection, event -> {
						// The button left also reports; only the one chosen sets the value.
						if (toggle.getSelection()) {
							set(choice);
							// The model decides which one is on (a forced setting keeps its value).
							refresh();
						}
					});
					toggles.add(toggle);
				}
				pair.setData(WidgetIds.ID_KEY, id);
				value = pair;
			}
			case CHECKBOX -> {
				checkbox = context.toolkit().createButton(parent, "", SWT.CHECK);
				checkbox.setData(WidgetIds.ID_KEY, id);
				checkbox.addListener(SWT.Selection, event -> set(checkbox.getSelection()));
				value = checkbox;
			}
			default -> {
				combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
				context.toolkit().adapt(combo, true, false);
				combo.setData(WidgetIds.ID_KEY, id);
				combo.addListener(SWT.Selection, event -> {
					int index = combo.getSelectionIndex();
					if (index >= 0 && index < choices.size()) {
						set(choices.get(index));
					}
				});
				value = combo;
			}
		}
		GridData data = FieldRow.valueData(SWT.CENTER);
		if (look != Look.DROP_DOWN) {
			data.horizontalAlignment = SWT.LEFT;
			data.widthHint = SWT.DEFAULT;
		}
		value.setLayoutData(data);
		addToRow(row.label);
		addToRow(row.info);
		addToRow(value);
	}

	@Override
	protected String toolTip() {
		return help;
	}

	@Override
	protected void showValue(Object value, boolean editable) {
		switch (look) {
			case TOGGLES -> {
				for (int i = 0; i < toggles.size(); i++) {
					toggles.get(i).setSelection(Objects.equals(choices.get(i), value));
					toggles.get(i).setEnabled(editable);
				}
			}
			case CHECKBOX -> {
				checkbox.setSelection(Boolean.TRUE.equals(value));
				checkbox.setEnabled(editable);
			}
			default -> {
				List<Object> current = context.choices(owner(), feature());
				choices = current == null ? List.of() : current;
				String[] items = choices.stream().map(context::label).toArray(String[]::new);
				if (!Arrays.equals(items, combo.getItems())) {
					combo.setItems(items);
				}
				int index = choices.indexOf(value);
				if (index < 0 && value != null) {
					// A value no longer among the valid ones (a step of another flow) still shows what it is.
					combo.add(context.label(value) + " (not valid here)");
					index = combo.getItemCount() - 1;
				}
				combo.select(index);
				combo.setEnabled(editable);
			}
		}
	}
}
