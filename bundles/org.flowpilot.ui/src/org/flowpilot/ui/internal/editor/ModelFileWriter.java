package org.flowpilot.ui.internal.editor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Writes a model resource to its file so that the file is never half-written: the resource goes to a temporary file
 * beside it, is forced to disk, and only then replaces the file.
 */
final class ModelFileWriter {

	private ModelFileWriter() {
	}

	static void write(Resource resource, Path file) throws IOException {
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".saving");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = Channels.newOutputStream(channel);
				resource.save(out, null);
				out.flush();
				channel.force(true);
			}
			moveIntoPlace(temporary, file);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void moveIntoPlace(Path temporary, Path file) throws IOException {
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			// Some file systems cannot rename atomically; the complete file is still written before it replaces.
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
