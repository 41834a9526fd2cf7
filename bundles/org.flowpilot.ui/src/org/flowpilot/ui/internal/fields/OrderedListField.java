package org.flowpilot.ui.internal.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.flowpilot.ui.WidgetIds;

/**
 * An ordered list that may repeat values (the buttons a scenario presses on failure pages, scope tag ids): the list
 * with Add (a value chosen or typed), Remove, Up and Down, each one command.
 */
final class OrderedListField extends FeatureField {

	private final FieldContext context;
	private final String help;
	private final org.eclipse.swt.widgets.List list;
	private final Combo choice;
	private final Text typed;
	private final List<Button> buttons = new ArrayList<>();
	private List<Object> values = List.of();
	private List<Object> choices;

	OrderedListField(FieldContext context, Composite parent, EStructuralFeature feature, String label, String help,
			List<Object> choices) {
		super(context.domain(), feature);
		this.context = context;
		this.help = help;
		this.choices = choices;
		String id = FieldIds.of(feature);
		FieldRow row = new FieldRow(context, parent, label, help, id);
		Composite box = context.toolkit().createComposite(parent);
		box.setLayout(new GridLayout(2, false));
		box.setLayoutData(FieldRow.valueData(SWT.TOP));
		list = new org.eclipse.swt.widgets.List(box, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		context.toolkit().adapt(list, true, false);
		list.setData(WidgetIds.ID_KEY, id);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 4);
		listData.heightHint = 80;
		list.setLayoutData(listData);
		button(box, "Remove", id + ".remove", () -> move(0, true));
		button(box, "Up", id + ".up", () -> move(-1, false));
		button(box, "Down", id + ".down", () -> move(1, false));
		if (choices != null) {
			choice = new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN);
			context.toolkit().adapt(choice, true, false);
			choice.setItems(choices.stream().map(context::label).toArray(String[]::new));
			choice.select(0);
			choice.setData(WidgetIds.ID_KEY, id + ".choice");
			choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			typed = null;
		} else {
			typed = context.toolkit().createText(box, "", SWT.BORDER | SWT.SINGLE);
			typed.setData(WidgetIds.ID_KEY, id + ".typed");
			typed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			choice = null;
		}
		button(box, "Add", id + ".add", this::add);
		addToRow(row.label);
		addToRow(row.info);
		addToRow(box);
	}

	private void button(Composite box, String text, String id, Runnable action) {
		Button button = context.toolkit().createButton(box, text, SWT.PUSH);
		button.setData(WidgetIds.ID_KEY, id);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button.addListener(SWT.Selection, event -> action.run());
		buttons.add(button);
	}

	@Override
	protected String toolTip() {
		return help;
	}

	@Override
	protected void showValue(Object value, boolean editable) {
		values = value instanceof Collection<?> collection ? new ArrayList<>(collection) : new ArrayList<>();
		String[] items = values.stream().map(context::label).toArray(String[]::new);
		int selected = list.getSelectionIndex();
		list.setItems(items);
		if (selected >= 0 && selected < items.length) {
			list.select(selected);
		}
		list.setEnabled(editable);
		buttons.forEach(button -> button.setEnabled(editable));
	}

	private void add() {
		List<Object> now = new ArrayList<>(values);
		if (choice != null) {
			now.add(choices.get(Math.max(0, choice.getSelectionIndex())));
		} else {
			String text = typed.getText().strip();
			if (text.isEmpty()) {
				return;
			}
			now.add(EcoreUtil.createFromString(((EAttribute) feature()).getEAttributeType(), text));
			typed.setText("");
		}
		set(now);
		refresh();
		list.select(list.getItemCount() - 1);
	}

	private void move(int offset, boolean remove) {
		int index = list.getSelectionIndex();
		if (index < 0) {
			return;
		}
		List<Object> now = new ArrayList<>(values);
		if (remove) {
			now.remove(index);
		} else {
			int target = index + offset;
			if (target < 0 || target >= now.size()) {
				return;
			}
			now.add(target, now.remove(index));
			index = target;
		}
		set(now);
		refresh();
		if (index < list.getItemCount()) {
			list.select(index);
		}
	}
}
