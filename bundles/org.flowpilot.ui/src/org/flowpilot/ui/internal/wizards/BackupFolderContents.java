package org.flowpilot.ui.internal.wizards;

import java.nio.file.Path;

import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;

/**
 * What an Intune backup folder holds, found by importing it into an empty model in memory, so the list of sources
 * counts exactly what the import will read.
 *
 * @param profiles deployment profiles
 * @param esps     Enrollment Status Page configurations
 * @param devices  Autopilot devices
 * @param skipped  files and folders of other kinds left out
 */
record BackupFolderContents(int profiles, int esps, int devices, int skipped) {

	/** Reads {@code folder}; fails with the import's one-line error (naming file and line) on a bad file. */
	static BackupFolderContents of(Path folder) throws InteropException {
		ModelDocument scratch = ModelDocument.inMemory(String.valueOf(folder.getFileName()));
		SourceImport read = SourceImport.of(folder, scratch, new Warnings());
		AutopilotModel model = scratch.model();
		return new BackupFolderContents(model.getProfiles().size(), model.getEnrollmentStatusPages().size(),
				model.getDevices().size(), read.skipped());
	}

	/** For the list of sources: "2 profiles, 1 ESP, 0 devices (3 other files left out)". */
	String describe() {
		return count(profiles, "profile") + ", " + count(esps, "ESP") + ", " + count(devices, "device")
				+ (skipped == 0 ? "" : " (" + skipped + " other " + (skipped == 1 ? "entry" : "entries")
						+ " left out)");
	}

	private static String count(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
