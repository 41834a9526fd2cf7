package org.flowpilot.ui.internal.editor;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.ui.PartInitException;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AutopilotResourceFactory;
import org.xml.sax.SAXParseException;

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
		String message = diagnostic.getMessage();
		// EMF's message repeats the parser exception with its public and system ids; the parser's own is plain.
		if (diagnostic instanceof Throwable wrapper && wrapper.getCause() instanceof SAXParseException parse) {
			message = parse.getMessage();
		}
		return message + " (line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ")";
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
