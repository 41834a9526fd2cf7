package org.flowpilot.ui.internal.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * What the fields of one form or property section share: the editing domain their commands run on, the item
 * providers their choices and labels come from, and the toolkit their widgets are made with.
 *
 * @param domain         the editor's editing domain
 * @param adapterFactory the item providers
 * @param toolkit        the forms toolkit (the Properties view's widget factory is one too)
 * @param style          how settings look: as in the admin center's forms, or compact as in the Properties view
 */
public record FieldContext(EditingDomain domain, AdapterFactory adapterFactory, FormToolkit toolkit, Style style) {

	/** How settings look. */
	public enum Style {
		/** As the Intune admin center shows them: two-choice settings as a pair of toggles. */
		FORM,
		/** As the Properties view shows them: checkboxes and drop-downs. */
		PROPERTIES
	}

	/** The item property descriptor of {@code feature} on {@code owner}, or null when it has none. */
	public IItemPropertyDescriptor descriptor(EObject owner, EStructuralFeature feature) {
		if (owner == null || !(adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource
				source)) {
			return null;
		}
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
			if (descriptor.getFeature(owner) == feature) {
				return descriptor;
			}
		}
		return null;
	}

	/** The values {@code feature} may take on {@code owner}: valid targets, literals; null for free values. */
	public List<Object> choices(EObject owner, EStructuralFeature feature) {
		IItemPropertyDescriptor descriptor = descriptor(owner, feature);
		Collection<?> choices = descriptor == null ? null : descriptor.getChoiceOfValues(owner);
		return choices == null ? null : new ArrayList<>(choices);
	}

	/** How a value reads: an enum's admin center literal, an element's label, "(none)" for no value. */
	public String label(Object value) {
		if (value == null) {
			return "(none)";
		}
		if (value instanceof Boolean yes) {
			return yes ? "Yes" : "No";
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (adapterFactory.adapt(value, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
			return provider.getText(value);
		}
		return String.valueOf(value);
	}
}
