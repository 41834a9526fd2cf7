package org.flowpilot.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flowpilot.interop.FolderImportResult;
import org.flowpilot.interop.ImportResult;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;

/**
 * What importing one entry of the import list did: a file, or an Intune backup folder read whole by the interop
 * bundle's folder import (the same one {@code flowpilot import FOLDER} uses).
 *
 * @param source  the file or folder
 * @param folder  whether {@code source} is a backup folder
 * @param read    the files imported, in the order they were read (one for a file)
 * @param skipped how many files and folders of a backup folder were left out as other kinds
 */
record SourceImport(Path source, boolean folder, List<ImportResult> read, int skipped) {

	SourceImport {
		read = List.copyOf(read);
	}

	/** Imports {@code source} into {@code target}'s model (in memory); warnings go to {@code warnings}. */
	static SourceImport of(Path source, ModelDocument target, Warnings warnings) throws InteropException {
		if (Files.isDirectory(source)) {
			FolderImportResult result = ModelImporter.importFolder(source, target, warnings);
			return new SourceImport(source, true, result.imported(), result.skipped().size());
		}
		return new SourceImport(source, false, List.of(ModelImporter.importFile(source, target, warnings)), 0);
	}

	/** How many elements (profiles, ESP configurations, devices) the source set. */
	int elements() {
		return read.stream().mapToInt(ImportResult::elements).sum();
	}
}
