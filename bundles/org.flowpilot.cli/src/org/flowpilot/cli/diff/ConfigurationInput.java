package org.flowpilot.cli.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;

/**
 * What {@code diff} compares and {@code explain} explains, read into a model: an {@code .autopilot} model file, a
 * backup folder (IntuneCD's layout), or one file of Graph JSON or YAML (a profile, an ESP or a list of them) or
 * hardware hash CSV. Nothing is ever written.
 */
public final class ConfigurationInput {

    private ConfigurationInput() {
    }

    /** The model {@code path} holds; warnings of an import go to {@code warnings}. */
    public static AutopilotModel load(Path path, Warnings warnings) throws InteropException {
        if (Files.isDirectory(path)) {
            ModelDocument document = ModelDocument.inMemory(path.getFileName() == null ? path.toString()
                    : path.getFileName().toString());
            ModelImporter.importFolder(path, document, warnings);
            return document.model();
        }
        if (!Files.isRegularFile(path)) {
            throw new InteropException(path + ": no such file or folder");
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".autopilot")) {
            return ModelDocument.open(path).model();
        }
        ModelDocument document = ModelDocument.inMemory(path.getFileName().toString());
        ModelImporter.importFile(path, document, warnings);
        return document.model();
    }
}
