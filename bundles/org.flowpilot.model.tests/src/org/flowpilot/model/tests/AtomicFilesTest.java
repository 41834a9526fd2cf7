package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.flowpilot.model.persistence.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aFailedSaveLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(folder.resolve("model.autopilot"), "old");
        XMIResourceImpl failing = new XMIResourceImpl(URI.createFileURI(target.toString())) {
            @Override
            public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
                out.write("half of the new con".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                throw new IOException("disk full");
            }
        };
        assertThrows(IOException.class, () -> AtomicFiles.save(failing, target));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(folder.resolve("shared.autopilot"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.US_ASCII));
        assertEquals("new", Files.readString(target));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aNewFileGetsTheFoldersDefaultPermissionsNotOwnerOnly() throws IOException {
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path target = folder.resolve("new.autopilot");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
        assertEquals(List.of(target, plain), files());
    }

    @Test
    void temporaryFilesAreRecognizedByName() {
        assertTrue(AtomicFiles.isTemporaryFile(Path.of(".contoso.autopilot8462395709123.tmp")));
        assertFalse(AtomicFiles.isTemporaryFile(Path.of("contoso.autopilot")));
        assertFalse(AtomicFiles.isTemporaryFile(Path.of("notes.tmp")));
    }
}
