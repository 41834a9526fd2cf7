package org.flowpilot.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.flowpilot.model.NamedElement;

/**
 * Where an element sits in its model, as people read it in problem lists: the containment path from the root, with
 * names where elements have them, such as {@code /profiles['Contoso']/assignments[0]}.
 */
public final class ElementPath {

    private ElementPath() {
    }

    /** The containment path of {@code element}; {@code /} for the root or no element. */
    public static String of(EObject element) {
        if (element == null) {
            return "/";
        }
        StringBuilder path = new StringBuilder();
        for (EObject current = element; current.eContainer() != null; current = current.eContainer()) {
            EStructuralFeature feature = current.eContainingFeature();
            String key;
            if (current instanceof NamedElement named && named.getName() != null) {
                key = "'" + named.getName() + "'";
            } else if (feature.isMany()) {
                key = String.valueOf(((List<?>) current.eContainer().eGet(feature)).indexOf(current));
            } else {
                key = null;
            }
            path.insert(0, "/" + feature.getName() + (key == null ? "" : "[" + key + "]"));
        }
        return path.isEmpty() ? "/" : path.toString();
    }
}
