package org.flowpilot.ui.internal.editor;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.edit.labels.PropertyNames;
import org.flowpilot.model.edit.labels.TypeNames;

/**
 * New Child or New Sibling: creates one kind of element, as the metamodel allows it under the owner, through
 * EMF.Edit's create child command, and gives a named element a name that is new among its siblings ("Device 2").
 */
final class CreateChildAction extends SelectionCommandAction {

	private final EObject owner;
	private final CommandParameter descriptor;

	private CreateChildAction(EditingDomain domain, EObject owner, CommandParameter descriptor, List<?> selection,
			String text) {
		super(text);
		this.owner = owner;
		this.descriptor = descriptor;
		if (descriptor.getValue() instanceof EObject child) {
			setImageDescriptor(ImageDescriptor.createFromURL(AutopilotItemProviders.iconOf(child)));
		}
		setDomain(domain);
		selectionChanged(new StructuredSelection(selection));
	}

	/** The New Child actions for the one selected element, one per kind of child it may hold. */
	static List<CreateChildAction> children(EditingDomain domain, List<?> selection) {
		if (selection.size() != 1 || !(selection.get(0) instanceof EObject owner)) {
			return List.of();
		}
		Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
		return actions(domain, owner, descriptors, selection);
	}

	/** The New Sibling actions for the one selected element, one per kind of element its parent may hold. */
	static List<CreateChildAction> siblings(EditingDomain domain, List<?> selection) {
		if (selection.size() != 1 || !(selection.get(0) instanceof EObject sibling)
				|| !(sibling.eContainer() instanceof EObject parent)) {
			return List.of();
		}
		Collection<?> descriptors = domain.getNewChildDescriptors(null, sibling);
		return actions(domain, parent, descriptors, selection);
	}

	private static List<CreateChildAction> actions(EditingDomain domain, EObject owner, Collection<?> descriptors,
			List<?> selection) {
		List<CommandParameter> parameters = descriptors.stream().filter(CommandParameter.class::isInstance)
				.map(CommandParameter.class::cast).filter(p -> p.getValue() instanceof EObject).toList();
		Set<Object> seenTypes = new HashSet<>();
		Set<Object> ambiguousTypes = new HashSet<>();
		for (CommandParameter parameter : parameters) {
			Object type = ((EObject) parameter.getValue()).eClass();
			if (!seenTypes.add(type)) {
				ambiguousTypes.add(type);
			}
		}
		return parameters.stream().map(parameter -> {
			EObject child = (EObject) parameter.getValue();
			String text = TypeNames.of(child.eClass());
			if (ambiguousTypes.contains(child.eClass()) && parameter.getEStructuralFeature() != null) {
				text += " (" + featureName(parameter.getEStructuralFeature()).toLowerCase() + ")";
			}
			return new CreateChildAction(domain, owner, parameter, selection, text);
		}).toList();
	}

	private static String featureName(EStructuralFeature feature) {
		return PropertyNames.adminCenterStyle(feature.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
	}

	@Override
	Command createCommand(EditingDomain domain, List<?> selected) {
		if (owner == null) {
			return UnexecutableCommand.INSTANCE;
		}
		Command command = CreateChildCommand.create(domain, owner, descriptor, selected);
		if (command instanceof AbstractCommand named) {
			// Edit > Undo then reads "Undo New User", naming what it takes back.
			named.setLabel("New " + getText());
		}
		return command;
	}

	@Override
	public void run() {
		if (descriptor.getValue() instanceof NamedElement child && child.getName() == null
				&& descriptor.getEStructuralFeature() instanceof EReference feature && feature.isMany()) {
			child.setName(newName(child, (Collection<?>) owner.eGet(feature)));
		}
		super.run();
	}

	// "Device", then "Device 2", "Device 3": new among the elements it joins.
	private static String newName(NamedElement child, Collection<?> siblings) {
		String base = TypeNames.of(child.eClass());
		Set<String> taken = new HashSet<>();
		for (Object sibling : siblings) {
			if (sibling instanceof NamedElement named && named.getName() != null) {
				taken.add(named.getName());
			}
		}
		if (!taken.contains(base)) {
			return base;
		}
		int number = 2;
		while (taken.contains(base + " " + number)) {
			number++;
		}
		return base + " " + number;
	}
}
