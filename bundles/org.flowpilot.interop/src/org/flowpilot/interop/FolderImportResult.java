package org.flowpilot.interop;

import java.nio.file.Path;
import java.util.List;

/** What a folder import did: the files it imported, in the order it read them, and those it left out. */
public record FolderImportResult(Path folder, List<ImportResult> imported, List<SkippedFile> skipped) {

    public FolderImportResult {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
    }

    /** How many elements (profiles, ESP configurations, devices) the imported files set. */
    public int elements() {
        return imported.stream().mapToInt(ImportResult::elements).sum();
    }
}
