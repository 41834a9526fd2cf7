package org.flowpilot.diagram.internal.common;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.Rule;

/** The model validator's findings, each with its element and rule: what diagrams decorate and show on hover. */
public record Findings(List<Finding> all) {

    /** One finding of the validator. */
    public record Finding(EObject element, Rule rule, int severity, String message) {

        /** The marker kind GLSP clients know: error, warning or info. */
        public String markerKind() {
            return severity == Diagnostic.ERROR ? "error" : severity == Diagnostic.WARNING ? "warning" : "info";
        }
    }

    /** Validates {@code root} with the model's validator. */
    public static Findings of(EObject root) {
        List<Finding> findings = new ArrayList<>();
        collect(AutopilotValidator.validate(root), findings);
        return new Findings(List.copyOf(findings));
    }

    /** The findings about {@code element}. */
    public List<Finding> about(EObject element) {
        return all.stream().filter(f -> f.element() == element).toList();
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        List<?> data = diagnostic.getData();
        if (diagnostic.getSeverity() > Diagnostic.OK && data.size() >= 2 && data.get(0) instanceof EObject element
                && data.get(1) instanceof Rule rule) {
            findings.add(new Finding(element, rule, diagnostic.getSeverity(), diagnostic.getMessage()));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, findings);
        }
    }
}
