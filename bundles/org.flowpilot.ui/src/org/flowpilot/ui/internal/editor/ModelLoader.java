package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.ui.PartInitException;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AutopilotResourceFactory;
import org.flowpilot.model.persistence.LoadProblem;

/**
 * Loads the model an editor opens, turning every way a file can be unreadable into one message that names the file
 * and, where the parser knows it, the line and column.
 */
final class ModelLoader {

	private ModelLoader() {
	}

	static Resource load(ResourceSet resourceSet, ModelLocation location) throws PartInitException {
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(AutopilotResourceFactory.FILE_EXTENSION, new AutopilotResourceFactory());
		Resource resource;
		try {
			resource = resourceSet.getResource(location.uri(), true);
		} catch (RuntimeException e) {
			Resource failed = resourceSet.getResource(location.uri(), false);
			String problem = failed != null && !failed.getErrors().isEmpty() ? describe(failed.getErrors().get(0))
					: deepestMessage(e);
			throw new PartInitException(cannotOpen(location, problem), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new PartInitException(cannotOpen(location, describe(resource.getErrors().get(0))));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AutopilotModel)) {
			throw new PartInitException(cannotOpen(location, "it holds no Flowpilot model"));
		}
		return resource;
	}

	private static String cannotOpen(ModelLocation location, String problem) {
		return "Cannot open " + location.displayName() + ": " + problem;
	}

	private static String describe(Resource.Diagnostic diagnostic) {
		LoadProblem problem = LoadProblem.of(diagnostic);
		return problem.message() + " (" + problem.where() + ")";
	}

	private static String deepestMessage(Throwable throwable) {
		String message = throwable.toString();
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		return message;
	}
}
