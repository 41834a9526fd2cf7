package org.flowpilot.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One property of a model element in the Properties view: name, category, description and the value's text from
 * the EMF.Edit descriptor, and a cell editor that fits the property's type.
 */
class ItemPropertyDescriptorAdapter extends PropertyDescriptor {

	private static final List<Object> BOOLEANS = List.of(Boolean.TRUE, Boolean.FALSE);

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;

	ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor itemDescriptor) {
		super(itemDescriptor.getId(object), itemDescriptor.getDisplayName(object));
		this.object = object;
		this.itemDescriptor = itemDescriptor;
		setCategory(itemDescriptor.getCategory(object));
		setDescription(itemDescriptor.getDescription(object));
		String[] filterFlags = itemDescriptor.getFilterFlags(object);
		if (filterFlags != null) {
			setFilterFlags(filterFlags);
		}
		setLabelProvider(new ValueLabelProvider(itemDescriptor.getLabelProvider(object)));
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		// Lists (such as the screens a profile hides) are edited in the model tree and the profile form, not here.
		if (!itemDescriptor.canSetProperty(object) || itemDescriptor.isMany(object)) {
			return null;
		}
		IItemLabelProvider valueLabels = itemDescriptor.getLabelProvider(object);
		Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
		if (choices != null) {
			// A list that may hold null: "no value" is a choice for optional references.
			return new ChoiceCellEditor(parent, new ArrayList<>(choices), valueLabels);
		}
		if (itemDescriptor.getFeature(object) instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			Class<?> instanceClass = type.getInstanceClass();
			if (instanceClass == boolean.class || instanceClass == Boolean.class) {
				return new ChoiceCellEditor(parent, BOOLEANS, valueLabels);
			}
			return new DataTypeCellEditor(parent, type);
		}
		return null;
	}

	private static final class ValueLabelProvider extends LabelProvider {

		private final IItemLabelProvider itemLabels;

		ValueLabelProvider(IItemLabelProvider itemLabels) {
			this.itemLabels = itemLabels;
		}

		@Override
		public String getText(Object value) {
			return itemLabels.getText(value);
		}
	}
}
