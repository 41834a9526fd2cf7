package org.flowpilot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Saves what is on the screen as PNG files, by default into {@code target/screenshots/} of the test bundle (the
 * build sets the {@value #DIRECTORY_PROPERTY} system property).
 */
public final class Screenshots {

	/** System property naming the folder screenshots are written to. */
	public static final String DIRECTORY_PROPERTY = "flowpilot.screenshots";

	private Screenshots() {
	}

	/** The folder screenshots are written to; created on first use. */
	public static Path directory() {
		return Paths.get(System.getProperty(DIRECTORY_PROPERTY, "target/screenshots"));
	}

	/**
	 * Captures the whole display and saves it as {@code <name>.png} in {@link #directory()}.
	 *
	 * @return the file written
	 */
	public static Path capture(Display display, String name) {
		Path file = directory().resolve(fileName(name));
		ImageData data = UiThread.call(display, () -> grab(display));
		try {
			Files.createDirectories(file.getParent());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot create the screenshot folder " + file.getParent(), e);
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	private static ImageData grab(Display display) {
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	static String fileName(String name) {
		String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
		return (safe.isEmpty() ? "screenshot" : safe) + ".png";
	}
}
