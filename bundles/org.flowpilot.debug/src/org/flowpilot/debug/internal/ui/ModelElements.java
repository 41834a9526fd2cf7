package org.flowpilot.debug.internal.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;

/** Model elements selected in the workbench, and the workspace files they are saved in. */
final class ModelElements {

	private ModelElements() {
	}

	/** The workspace file {@code element} is saved in, if it is in one. */
	static Optional<IFile> fileOf(EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			return Optional.empty();
		}
		URI uri = resource.getURI();
		if (!uri.isPlatformResource()) {
			return Optional.empty();
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
		return file.exists() ? Optional.of(file) : Optional.empty();
	}

	/** The steps of flows in {@code selection}, all of them in workspace files; empty when anything else is selected. */
	static List<Step> steps(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return List.of();
		}
		List<?> elements = structured.toList();
		if (!elements.stream().allMatch(element -> element instanceof Step step && step.eContainer() instanceof Flow
				&& fileOf(step).isPresent())) {
			return List.of();
		}
		return elements.stream().map(Step.class::cast).toList();
	}
}
