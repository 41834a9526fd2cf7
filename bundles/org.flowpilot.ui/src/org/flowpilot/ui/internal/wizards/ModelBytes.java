package org.flowpilot.ui.internal.wizards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AutopilotPersistence;

/** A new model as the content of its {@code .autopilot} file, with an id on every element. */
public final class ModelBytes {

	private ModelBytes() {
	}

	/**
	 * The content of the workspace file {@code path} holding {@code model}. The resource gets the file's own address:
	 * under a made-up one, references between elements are written as references to another file.
	 */
	public static byte[] of(AutopilotModel model, IPath path) {
		Resource resource = AutopilotPersistence.newResourceSet()
				.createResource(URI.createPlatformResourceURI(path.toString(), true));
		resource.getContents().add(model);
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		try {
			resource.save(content, null);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the new model", e);
		}
		return content.toByteArray();
	}
}
