package org.flowpilot.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.NamedElement;

/** Collects rule findings as EMF diagnostics carrying the element and the {@link Rule}. */
final class Findings {

    static final String SOURCE = "org.flowpilot.model";

    private final DiagnosticChain diagnostics;
    private boolean clean = true;

    Findings(DiagnosticChain diagnostics) {
        this.diagnostics = diagnostics;
    }

    void report(Rule rule, EObject element, String message) {
        clean = false;
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(rule.severity(), SOURCE, rule.ordinal(),
                    message + " [" + rule.id() + "]", new Object[] {element, rule}));
        }
    }

    boolean isClean() {
        return clean;
    }

    /** How messages name an element: its type in words and its name, such as "Device 'CONTOSO-0001'". */
    static String describe(EObject element) {
        String type = element.eClass().getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        type = type.charAt(0) + type.substring(1).toLowerCase();
        String name = element instanceof NamedElement named ? named.getName() : null;
        return name == null || name.isBlank() ? type : type + " '" + name + "'";
    }
}
