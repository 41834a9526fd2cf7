package org.flowpilot.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Writes files so that a reader sees either the old content or the new one, never a half-written file: the content
 * goes to a temporary file in the same folder, is forced to disk, and then replaces the target.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Saves {@code resource} (with its save options) to {@code target}; on failure the target is unchanged. */
    public static void save(Resource resource, Path target) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        resource.save(content, null);
        write(target, content.toByteArray());
    }

    /** Replaces {@code target} with {@code content}; on failure the target is unchanged. */
    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // A crash after the rename must not leave the new name pointing at data still in the page cache.
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems cannot rename atomically; the complete file is still written before it replaces.
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
