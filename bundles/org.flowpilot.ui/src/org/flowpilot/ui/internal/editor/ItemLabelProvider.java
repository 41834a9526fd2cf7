package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Text and icon of a model element, from its EMF.Edit item provider.
 */
class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;

	ItemLabelProvider(AdapterFactory adapterFactory, ItemImages images) {
		this.adapterFactory = adapterFactory;
		this.images = images;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? null : images.imageOf(provider.getImage(element));
	}

	private IItemLabelProvider labelProvider(Object element) {
		return adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider
				? provider
				: null;
	}
}
