package org.flowpilot.ui.internal.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.flowpilot.ui.WidgetIds;

/**
 * A set of values shown as a checklist of every valid value (the screens a profile hides, the apps an Enrollment
 * Status Page blocks on, the members of a group): ticking or unticking one sets the new set by one command. Values
 * that another setting forces show ticked with the reason, and cannot be unticked.
 */
final class CheckListField extends FeatureField {

	/** Values that are on whatever the list says, and why. */
	interface Forced {
		/** The values forced on for {@code owner}, or none. */
		Set<Object> values(EObject owner);

		/** Why they are forced. */
		String reason();
	}

	private final FieldContext context;
	private final String help;
	private final Forced forced;
	private final Table table;
	private List<Object> choices = List.of();
	private boolean showing;

	CheckListField(FieldContext context, Composite parent, EStructuralFeature feature, String label, String help,
			Forced forced) {
		super(context.domain(), feature);
		this.context = context;
		this.help = help;
		this.forced = forced;
		FieldRow row = new FieldRow(context, parent, label, help, FieldIds.of(feature));
		table = context.toolkit().createTable(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		table.setData(WidgetIds.ID_KEY, FieldIds.of(feature));
		GridData data = FieldRow.valueData(SWT.TOP);
		data.heightHint = 110;
		table.setLayoutData(data);
		table.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK && !showing) {
				ticked((TableItem) event.item);
			}
		});
		addToRow(row.label);
		addToRow(row.info);
		addToRow(table);
	}

	@Override
	protected String toolTip() {
		return help;
	}

	@Override
	protected void showValue(Object value, boolean editable) {
		List<Object> current = context.choices(owner(), feature());
		choices = current == null ? List.of() : current;
		Collection<?> values = value instanceof Collection<?> collection ? collection : List.of();
		Set<Object> forcedOn = forced == null ? Set.of() : forced.values(owner());
		showing = true;
		try {
			table.setItemCount(choices.size());
			for (int i = 0; i < choices.size(); i++) {
				Object choice = choices.get(i);
				TableItem item = table.getItem(i);
				boolean isForced = forcedOn.contains(choice);
				item.setText(context.label(choice) + (isForced ? " (" + forced.reason() + ")" : ""));
				item.setChecked(values.contains(choice) || isForced);
				item.setGrayed(isForced);
				item.setData(WidgetIds.ID_KEY, FieldIds.of(feature()) + "." + FieldIds.choiceId(choice));
			}
			table.setEnabled(editable);
		} finally {
			showing = false;
		}
	}

	private void ticked(TableItem item) {
		int index = table.indexOf(item);
		Object choice = choices.get(index);
		Set<Object> forcedOn = forced == null ? Set.of() : forced.values(owner());
		if (forcedOn.contains(choice)) {
			// Forced values stay ticked; the model does not change.
			refresh();
			return;
		}
		List<Object> now = new ArrayList<>();
		Collection<?> values = (Collection<?>) owner().eGet(feature());
		// In the order of the choices, which is the admin center's (OOBE order, tracked order).
		for (Object candidate : choices) {
			boolean on = candidate == choice ? item.getChecked() : values.contains(candidate);
			if (on) {
				now.add(candidate);
			}
		}
		// Values outside the choices (not valid here) are kept rather than lost.
		for (Object value : values) {
			if (!choices.contains(value)) {
				now.add(value);
			}
		}
		set(now);
		refresh();
	}
}
