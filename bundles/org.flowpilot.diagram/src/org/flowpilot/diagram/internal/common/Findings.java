package org.flowpilot.diagram.internal.common;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.ModelProblem;

/** The model validator's findings, each with its element and rule: what diagrams decorate and show on hover. */
public record Findings(List<Finding> all) {

    /** One finding of the validator: its element, rule id (Flowpilot's own or an extension's), severity and message. */
    public record Finding(EObject element, String ruleId, int severity, String message) {

        /** The marker kind GLSP clients know: error, warning or info. */
        public String markerKind() {
            return severity == Diagnostic.ERROR ? "error" : severity == Diagnostic.WARNING ? "warning" : "info";
        }
    }

    /**
     * Validates {@code root} with the model's validator and the rules installed extensions contribute; EMF's own
     * structural checks are left to the editor.
     */
    public static Findings of(EObject root) {
        List<Finding> findings = new ArrayList<>();
        for (ModelProblem problem : ModelProblem.of(AutopilotValidator.validate(root))) {
            if (problem.element() != null && !problem.structural()) {
                findings.add(new Finding(problem.element(), problem.ruleId(), problem.severity(),
                        problem.message() + " [" + problem.ruleId() + "]"));
            }
        }
        return new Findings(List.copyOf(findings));
    }

    /** The findings about {@code element}. */
    public List<Finding> about(EObject element) {
        return all.stream().filter(f -> f.element() == element).toList();
    }
}
