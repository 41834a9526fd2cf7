package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view a property source for each model element, from its EMF.Edit item provider.
 */
class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource itemSource) {
			return new ItemPropertySource(object, itemSource);
		}
		return null;
	}
}
