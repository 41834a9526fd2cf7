package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
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

	static Resource load(ResourceSet resourceSet, ModelLocation location) throws ModelLoadException {
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(AutopilotResourceFactory.FILE_EXTENSION, new AutopilotResourceFactory());
		Resource resource;
		try {
			resource = resourceSet.getResource(location.uri(), true);
		} catch (RuntimeException e) {
			Resource failed = resourceSet.getResource(location.uri(), false);
			if (failed != null && !failed.getErrors().isEmpty()) {
				throw failure(location, failed.getErrors().get(0), e);
			}
			throw new ModelLoadException(cannotOpen(location, deepestMessage(e)), 0, e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw failure(location, resource.getErrors().get(0), null);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AutopilotModel)) {
			throw new ModelLoadException(cannotOpen(location, "it holds no Flowpilot model"), 0, null);
		}
		return resource;
	}

	private static ModelLoadException failure(ModelLocation location, Resource.Diagnostic diagnostic,
			Throwable cause) {
		return new ModelLoadException(cannotOpen(location, describe(diagnostic)), diagnostic.getLine(), cause);
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
