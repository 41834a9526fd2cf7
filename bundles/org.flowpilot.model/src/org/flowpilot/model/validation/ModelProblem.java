package org.flowpilot.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.validation.spi.ValidationRule;

/**
 * One finding of the validator, flattened from its {@link Diagnostic}: severity, the element it is about, the rule that
 * found it (null for EMF's own structural checks) and the message without the rule id suffix.
 *
 * @param severity a {@link Diagnostic} severity: {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or
 *                 {@link Diagnostic#INFO}
 * @param element  the element the finding is about, or null when the diagnostic names none
 * @param rule     the rule, or null for EMF's structural checks and the rules extensions contribute
 * @param ruleId   the rule's id, such as {@code AP02}, a contributed rule's own ({@code BLK01}), or
 *                 {@code EMF<code>} for structural checks
 * @param message  what is wrong and what to change
 */
public record ModelProblem(int severity, EObject element, Rule rule, String ruleId, String message) {

    /** Every leaf finding under {@code root} whose severity is not OK, in diagnostic order. */
    public static List<ModelProblem> of(Diagnostic root) {
        List<ModelProblem> problems = new ArrayList<>();
        collect(root, problems);
        return problems;
    }

    /** The containment path of the element, such as {@code /profiles['Contoso']}. */
    public String path() {
        return ElementPath.of(element);
    }

    /** Whether this comes from EMF's structural checks rather than a rule, Flowpilot's own or an extension's. */
    public boolean structural() {
        return rule == null && ruleId.startsWith("EMF");
    }

    /** Whether this is an error (or worse), as opposed to a warning or information. */
    public boolean isError() {
        return severity >= Diagnostic.ERROR;
    }

    private static void collect(Diagnostic diagnostic, List<ModelProblem> problems) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() != Diagnostic.OK) {
            List<?> data = diagnostic.getData();
            EObject element = data.isEmpty() || !(data.get(0) instanceof EObject object) ? null : object;
            Rule rule = data.size() > 1 && data.get(1) instanceof Rule found ? found : null;
            // A contributed rule's finding carries the rule and its id: {element, rule, id}.
            String contributedId = data.size() > 2 && data.get(1) instanceof ValidationRule
                    && data.get(2) instanceof String id ? id : null;
            String ruleId = rule != null ? rule.id()
                    : contributedId != null ? contributedId : "EMF" + diagnostic.getCode();
            String message = diagnostic.getMessage().replace(" [" + ruleId + "]", "");
            problems.add(new ModelProblem(diagnostic.getSeverity(), element, rule, ruleId, message));
        }
        diagnostic.getChildren().forEach(child -> collect(child, problems));
    }
}
