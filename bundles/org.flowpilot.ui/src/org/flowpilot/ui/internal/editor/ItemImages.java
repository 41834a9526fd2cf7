package org.flowpilot.ui.internal.editor;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * The SWT images for the image objects EMF.Edit item providers hand out (URLs, composed images, descriptors), kept
 * until the control that shows them is disposed.
 */
class ItemImages {

	private final ResourceManager resources;

	ItemImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	Image imageOf(Object itemImage) {
		ImageDescriptor descriptor = descriptorOf(itemImage);
		return descriptor == null ? null : resources.create(descriptor);
	}

	private static ImageDescriptor descriptorOf(Object itemImage) {
		if (itemImage instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (itemImage instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		// Overlays (such as EMF.Edit's "new child" decorations) are not drawn; the base image says what the item is.
		if (itemImage instanceof ComposedImage composed) {
			List<Object> images = composed.getImages();
			return images.isEmpty() ? null : descriptorOf(images.get(0));
		}
		return null;
	}
}
