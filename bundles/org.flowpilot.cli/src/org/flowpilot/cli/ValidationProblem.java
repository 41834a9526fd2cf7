package org.flowpilot.cli;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.validation.Rule;

/** One finding of the validator, flattened for output: severity, element path, rule id and message. */
record ValidationProblem(String severity, String path, String rule, String message) {

    static List<ValidationProblem> of(Diagnostic root) {
        List<ValidationProblem> problems = new ArrayList<>();
        collect(root, problems);
        return problems;
    }

    boolean isError() {
        return severity.equals("error");
    }

    private static void collect(Diagnostic diagnostic, List<ValidationProblem> problems) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() != Diagnostic.OK) {
            List<?> data = diagnostic.getData();
            EObject element = data.isEmpty() || !(data.get(0) instanceof EObject object) ? null : object;
            String rule = data.size() > 1 && data.get(1) instanceof Rule found ? found.id()
                    : "EMF" + diagnostic.getCode();
            String message = diagnostic.getMessage().replace(" [" + rule + "]", "");
            problems.add(new ValidationProblem(severity(diagnostic.getSeverity()), path(element), rule, message));
        }
        diagnostic.getChildren().forEach(child -> collect(child, problems));
    }

    private static String severity(int severity) {
        return switch (severity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> "error";
            case Diagnostic.WARNING -> "warning";
            default -> "info";
        };
    }

    /** The containment path of {@code element}, such as {@code /profiles['Contoso']/assignments[0]}. */
    static String path(EObject element) {
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
