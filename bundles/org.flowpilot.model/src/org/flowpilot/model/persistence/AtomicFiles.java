package org.flowpilot.model.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Writes files so that a reader sees either the old content or the new one, never a half-written file: the content
 * goes to a temporary file in the same folder ({@code .NAME<digits>.tmp}), is forced to disk, and then replaces the
 * target. A replaced file keeps its permissions; a new one gets the default permissions of its folder.
 */
public final class AtomicFiles {

    private static final Pattern TEMPORARY_FILE = Pattern.compile("\\..+\\d+\\.tmp");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Saves {@code resource} (with its save options) to {@code target}; on failure the target is unchanged. */
    public static void save(Resource resource, Path target) throws IOException {
        // Streamed into the temporary file: a model of 100,000 devices is 400 MB, not worth holding twice.
        write(target, out -> resource.save(out, null));
    }

    /** Replaces {@code target} with {@code content}; on failure the target is unchanged. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Whether {@code file} is named like the temporary files this class writes (and removes when it fails). */
    public static boolean isTemporaryFile(Path file) {
        return TEMPORARY_FILE.matcher(file.getFileName().toString()).matches();
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = createTemporary(folder, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                // A crash after the rename must not leave the new name pointing at data still in the page cache.
                channel.force(true);
            }
            keepPermissions(absolute, temporary);
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

    // Not Files.createTempFile: its files are readable by their owner only, and the target would inherit that.
    private static Path createTemporary(Path folder, String name) throws IOException {
        while (true) {
            Path temporary = folder.resolve("." + name + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                // Another writer drew the same number; draw again.
            }
        }
    }

    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null && Files.exists(target)) {
            Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
        }
    }
}
