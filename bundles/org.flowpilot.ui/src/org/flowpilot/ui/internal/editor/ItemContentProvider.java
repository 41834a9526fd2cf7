package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Tree content of a model, as the EMF.Edit item providers structure it.
 */
class ItemContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;

	ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		if (adapterFactory.adapt(input, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider
				provider) {
			return provider.getElements(input).toArray();
		}
		return NONE;
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? NONE : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
				? provider
				: null;
	}
}
