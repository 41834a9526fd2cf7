package org.flowpilot.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.validation.ModelProblem;

/**
 * The problems of a validation by element, for decorations: each element's own findings, and the worst severity of
 * the element and everything it contains, so a collapsed tree still shows where the problems are.
 */
public final class ProblemIndex {

	/** No problems at all. */
	public static final ProblemIndex EMPTY = new ProblemIndex(List.of());

	private final Map<EObject, List<ModelProblem>> own = new HashMap<>();
	private final Map<EObject, Integer> worst = new HashMap<>();

	public ProblemIndex(List<ModelProblem> problems) {
		for (ModelProblem problem : problems) {
			EObject element = problem.element();
			if (element == null) {
				continue;
			}
			own.computeIfAbsent(element, key -> new ArrayList<>()).add(problem);
			for (EObject current = element; current != null; current = current.eContainer()) {
				worst.merge(current, problem.severity(), Math::max);
			}
		}
	}

	/** The worst severity of {@code element} and its contents: a {@link Diagnostic} severity, OK when none. */
	public int severityOf(Object element) {
		return worst.getOrDefault(element, Diagnostic.OK);
	}

	/** The findings about {@code element} itself. */
	public List<ModelProblem> problemsOf(Object element) {
		return own.getOrDefault(element, List.of());
	}
}
