package org.flowpilot.cli;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.flowpilot.model.validation.ModelProblem;

/** One finding of the validator, flattened for output: severity, element path, rule id and message. */
record ValidationProblem(String severity, String path, String rule, String message) {

    static List<ValidationProblem> of(Diagnostic root) {
        return ModelProblem.of(root).stream().map(problem -> new ValidationProblem(severity(problem.severity()),
                problem.path(), problem.ruleId(), problem.message())).toList();
    }

    boolean isError() {
        return severity.equals("error");
    }

    private static String severity(int severity) {
        return switch (severity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> "error";
            case Diagnostic.WARNING -> "warning";
            default -> "info";
        };
    }
}
