package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AutopilotResourceFactory;
import org.flowpilot.model.persistence.ModelFileException;

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
			throw failure(location, resourceSet.getResource(location.uri(), false), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw failure(location, resource, null);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AutopilotModel)) {
			throw new ModelLoadException(cannotOpen(location, "it holds no Flowpilot model"), 0, null);
		}
		return resource;
	}

	// The model's persistence says what is wrong and where, for the command line and the editor alike.
	private static ModelLoadException failure(ModelLocation location, Resource resource, Exception cause) {
		ModelFileException problem = ModelFileException.of(location.displayName(), resource, cause);
		return new ModelLoadException("Cannot open " + problem.getMessage(), problem.line(), cause);
	}

	private static String cannotOpen(ModelLocation location, String problem) {
		return "Cannot open " + location.displayName() + ": " + problem;
	}
}
