package org.flowpilot.ui.internal.wizards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Device;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.edit.labels.TypeNames;

/**
 * What an import creates and changes in a model, by top-level element (profiles, Enrollment Status Pages, users,
 * devices, groups): elements are matched by name, devices by serial number.
 */
final class ModelChanges {

	/** Whether an element is new or an existing one changed. */
	enum Kind {
		CREATED, CHANGED
	}

	/** One element an import creates or changes. */
	record Change(Kind kind, String type, String name) {
	}

	private ModelChanges() {
	}

	/** The changes from {@code before} (null for a model that does not exist yet) to {@code after}. */
	static List<Change> between(AutopilotModel before, AutopilotModel after) {
		List<Change> changes = new ArrayList<>();
		for (EReference feature : FlowpilotPackage.eINSTANCE.getAutopilotModel().getEAllContainments()) {
			Map<String, EObject> old = new HashMap<>();
			if (before != null) {
				for (EObject element : elements(before, feature)) {
					old.put(key(element), element);
				}
			}
			for (EObject element : elements(after, feature)) {
				EObject previous = old.get(key(element));
				String type = TypeNames.of(element.eClass());
				if (previous == null) {
					changes.add(new Change(Kind.CREATED, type, nameOf(element)));
				} else if (!EcoreUtil.equals(previous, element)) {
					changes.add(new Change(Kind.CHANGED, type, nameOf(element)));
				}
			}
		}
		return changes;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> elements(AutopilotModel model, EReference feature) {
		return (List<EObject>) model.eGet(feature);
	}

	private static String key(EObject element) {
		if (element instanceof Device device && device.getSerialNumber() != null) {
			return "serial:" + device.getSerialNumber();
		}
		return element.eClass().getName() + ":" + nameOf(element);
	}

	private static String nameOf(EObject element) {
		if (element instanceof Device device && device.getSerialNumber() != null
				&& (device.getName() == null || device.getName().isBlank())) {
			return device.getSerialNumber();
		}
		return element instanceof NamedElement named && named.getName() != null ? named.getName() : "(unnamed)";
	}
}
