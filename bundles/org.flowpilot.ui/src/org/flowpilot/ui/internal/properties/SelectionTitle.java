package org.flowpilot.ui.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.edit.labels.TypeNames;

/** The Properties view's title for a model element: its kind and label, with its icon. */
public class SelectionTitle extends LabelProvider {

	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	@Override
	public String getText(Object selection) {
		EObject element = element(selection);
		if (element == null) {
			return null;
		}
		String label = AdapterFactoryEditingDomain.getEditingDomainFor(element) instanceof AdapterFactoryEditingDomain
				domain && domain.getAdapterFactory().adapt(element, IItemLabelProvider.class)
						instanceof IItemLabelProvider provider ? provider.getText(element) : String.valueOf(element);
		return TypeNames.of(element.eClass()) + ": " + label;
	}

	@Override
	public Image getImage(Object selection) {
		EObject element = element(selection);
		return element == null ? null
				: images.create(ImageDescriptor.createFromURL(AutopilotItemProviders.iconOf(element)));
	}

	private static EObject element(Object selection) {
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
		return first instanceof EObject element ? element : null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
