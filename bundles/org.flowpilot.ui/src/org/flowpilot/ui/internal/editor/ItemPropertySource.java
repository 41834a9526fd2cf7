package org.flowpilot.ui.internal.editor;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The properties of one model element. Changes go through the item property descriptors, which execute them as
 * commands on the element's editing domain, so they can be undone.
 */
class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;

	ItemPropertySource(Object object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		return descriptors.stream()
				.map(descriptor -> new ItemPropertyDescriptorAdapter(object, descriptor))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		Object value = descriptor(id).getPropertyValue(object);
		// EMF.Edit wraps values for nested property sheets; the Properties view and the cell editors want the value.
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return descriptor(id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		descriptor(id).resetPropertyValue(object);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// A value set again unchanged would only put a command on the stack that makes the editor dirty.
		if (!Objects.equals(getPropertyValue(id), value)) {
			descriptor(id).setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor == null) {
			throw new IllegalArgumentException("No property " + id + " on " + object);
		}
		return descriptor;
	}
}
