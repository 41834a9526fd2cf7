package org.flowpilot.interop;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.JsonDocument;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.interop.internal.graph.GraphJsonReader;

/**
 * Imports a folder tree the way Intune-as-code tools (IntuneCD) lay out a tenant backup: one Graph object per JSON
 * or YAML file, in folders named after the kind of configuration. Files are recognized by their content, not their
 * folder; they are read in name order, so the same tree always gives the same model.
 */
final class FolderImporter {

    static final String ARCHIVE = "__archive__";

    private final ModelDocument target;
    private final Warnings warnings;
    private final List<ImportResult> imported = new ArrayList<>();
    private final List<SkippedFile> skipped = new ArrayList<>();

    private FolderImporter(ModelDocument target, Warnings warnings) {
        this.target = target;
        this.warnings = warnings;
    }

    static FolderImportResult importFolder(Path folder, ModelDocument target, Warnings warnings)
            throws InteropException {
        if (!Files.isDirectory(folder)) {
            throw new InteropException(folder + ": no such folder");
        }
        FolderImporter importer = new FolderImporter(target, warnings);
        importer.walk(folder);
        FolderImportResult result = new FolderImportResult(folder, importer.imported, importer.skipped);
        if (result.imported().isEmpty()) {
            throw new InteropException(folder + ": holds no deployment profile, ESP configuration or Autopilot"
                    + " device (" + result.skipped().size() + " files and folders left out)");
        }
        return result;
    }

    private void walk(Path folder) throws InteropException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(children::add);
        } catch (IOException e) {
            throw new InteropException(folder + ": cannot list the folder: " + ModelDocument.oneLine(e));
        }
        children.sort(Comparator.comparing(path -> path.getFileName().toString()));
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                if (name.startsWith(".")) {
                    skipped.add(new SkippedFile(child, SkipReason.HIDDEN_FOLDER, ""));
                } else if (name.equals(ARCHIVE)) {
                    skipped.add(new SkippedFile(child, SkipReason.ARCHIVE_FOLDER, ""));
                } else {
                    walk(child);
                }
            } else if (!Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                skipped.add(new SkippedFile(child, SkipReason.NOT_A_REGULAR_FILE, ""));
            } else {
                file(child, name.toLowerCase(Locale.ROOT));
            }
        }
    }

    private void file(Path file, String lowerCaseName) throws InteropException {
        boolean yaml = ModelImporter.isYamlName(lowerCaseName);
        if (!yaml && !lowerCaseName.endsWith(".json")) {
            skipped.add(new SkippedFile(file, SkipReason.NOT_JSON_OR_YAML, ""));
            return;
        }
        String text = ModelImporter.decode(ModelImporter.read(file));
        JsonDocument document = yaml ? JsonDocument.parseYaml(file.toString(), text)
                : JsonDocument.parse(file.toString(), text);
        Optional<String> otherKind = GraphJsonReader.notImported(document.root());
        if (otherKind.isPresent()) {
            skipped.add(new SkippedFile(file, SkipReason.OTHER_KIND, otherKind.get()));
            return;
        }
        int elements = GraphJsonReader.importInto(document, target.model(), warnings);
        imported.add(new ImportResult(file, yaml ? InputKind.GRAPH_YAML : InputKind.GRAPH_JSON, elements));
    }
}
