package org.flowpilot.interop.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ExportOptions;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelExporter;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;

/** The fixture files, written from the documented Graph, CSV and offline-file shapes, and import/export helpers. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The content of fixture {@code name}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Copies fixture {@code name} into {@code folder} and returns its path. */
    static Path copy(String name, Path folder) throws IOException {
        return Files.write(folder.resolve(name), bytes(name));
    }

    /** A new model at {@code folder/model.autopilot} with {@code content} (named {@code fileName}) imported. */
    static ModelDocument imported(Path folder, String fileName, byte[] content, Warnings warnings)
            throws InteropException {
        ModelDocument document = ModelDocument.openOrCreate(folder.resolve("model.autopilot"));
        ModelImporter.importContent(Path.of(fileName), content, document, warnings);
        return document;
    }

    static ModelDocument imported(Path folder, String fixture) throws InteropException {
        return imported(folder, fixture, bytes(fixture), new Warnings());
    }

    static String export(ModelDocument document, ExportFormat format, ExportOptions options)
            throws InteropException {
        return new String(ModelExporter.export(document, format, options), StandardCharsets.ISO_8859_1);
    }
}
