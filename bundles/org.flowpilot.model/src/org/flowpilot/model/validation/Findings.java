package org.flowpilot.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.validation.spi.Severity;
import org.flowpilot.model.validation.spi.ValidationRule;

/** Collects rule findings as EMF diagnostics carrying the element and the {@link Rule}. */
final class Findings {

    static final String SOURCE = "org.flowpilot.model";
    /** The diagnostic code of contributed rules' findings (Flowpilot's own use their rule's ordinal). */
    static final int CONTRIBUTED_CODE = 1000;

    private final DiagnosticChain diagnostics;
    private boolean clean = true;

    Findings(DiagnosticChain diagnostics) {
        this.diagnostics = diagnostics;
    }

    synchronized void report(Rule rule, EObject element, String message) {
        clean = false;
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(rule.severity(), SOURCE, rule.ordinal(),
                    message + " [" + rule.id() + "]", new Object[] {element, rule}));
        }
    }

    /** Reports a finding of a contributed rule, whose id is {@code id} and severity {@code severity}. */
    synchronized void report(ValidationRule rule, String id, Severity severity, EObject element, String message) {
        clean = false;
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity.diagnosticSeverity(), SOURCE, CONTRIBUTED_CODE,
                    message + " [" + id + "]", new Object[] {element, rule, id}));
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
