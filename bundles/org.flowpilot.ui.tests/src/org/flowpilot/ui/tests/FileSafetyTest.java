package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.WidgetIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing the user saved is lost: saves keep Local History, changes on disk reload a clean editor and ask a dirty one,
 * closing a dirty editor asks, and a file that cannot be read is never written.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FileSafetyTest {

	private EditorFixture fixture;
	private SwtDriver driver;
	private IFile file;

	@BeforeEach
	void create() throws Exception {
		fixture = new EditorFixture("File safety test");
		driver = fixture.driver;
		file = fixture.copyOfExample("safe.autopilot");
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		driver.runOnUi(() -> {
			for (Shell shell : driver.display().getShells()) {
				if (shell != fixture.shell && shell.isVisible()) {
					shell.close();
				}
			}
		});
		fixture.delete();
	}

	private Path path() {
		return file.getLocation().toPath();
	}

	private String original;

	// The example renamed: what another program writes.
	private String renamedOnDisk(String name) throws Exception {
		if (original == null) {
			original = Files.readString(path(), StandardCharsets.UTF_8);
		}
		return original.replaceFirst("name=\"Contoso\"", "name=\"" + name + "\"");
	}

	private void makeDirty(FormEditor editor) {
		Button yes = fixture.byId(Button.class, "setting.convertAllTargetedDevices.true");
		fixture.reveal(yes);
		driver.click(yes);
		driver.waitUntil("the editor to become dirty", () -> driver.onUi(editor::isDirty));
	}

	@Test
	void aCleanEditorReloadsWhenGitOrATerminalChangesTheFile() throws Exception {
		FormEditor editor = fixture.open(file);
		String renamed = Files.readString(path(), StandardCharsets.UTF_8).replace("Contoso pre-provisioned Entra join",
				"Renamed on disk");
		// Written behind the workspace's back, as git or "flowpilot import" would; the person comes back to the editor.
		Files.writeString(path(), renamed, StandardCharsets.UTF_8);
		// The person works elsewhere (the Project Explorer here) and comes back to the editor.
		driver.click(driver.find(TreeItem.class, item -> "File safety test".equals(item.getText())
				&& item.getParent().isVisible(), "the project in the Project Explorer"));
		driver.click(fixture.byId(Table.class, FlowpilotUi.PROFILE_PAGE_ID + ".list"));
		driver.waitUntil("the editor to read the new file", () -> driver.onUi(() -> fixture.modelOf(editor)
				.getProfiles().get(0).getName()).equals("Renamed on disk"));
		Table list = fixture.byId(Table.class, FlowpilotUi.PROFILE_PAGE_ID + ".list");
		driver.waitUntil("the profile list to show the new name",
				() -> driver.onUi(() -> list.getItem(0).getText(0)).equals("Renamed on disk"));
		assertFalse(driver.onUi(editor::isDirty));
	}

	@Test
	void aDirtyEditorAsksBeforeItReplacesItsChanges() throws Exception {
		FormEditor editor = fixture.open(file);
		makeDirty(editor);
		file.setContents(new ByteArrayInputStream(renamedOnDisk("Changed elsewhere").getBytes(StandardCharsets.UTF_8)),
				true, true, null);
		Shell question = driver.findShell("File Changed");
		fixture.screenshot("file-changed-dialog");
		driver.click(driver.find(Button.class, b -> b.getShell() == question && "No".equals(b.getText()
				.replace("&", "")), "No"));
		driver.waitUntil("the question to close", () -> driver.onUi(question::isDisposed));
		assertTrue(driver.onUi(editor::isDirty), "No keeps the editor's changes");
		assertEquals("Contoso", driver.onUi(() -> fixture.modelOf(editor).getName()));

		file.setContents(new ByteArrayInputStream(renamedOnDisk("Changed again").getBytes(StandardCharsets.UTF_8)),
				true, true, null);
		Shell again = driver.findShell("File Changed");
		driver.click(driver.find(Button.class, b -> b.getShell() == again && "Yes".equals(b.getText()
				.replace("&", "")), "Yes"));
		driver.waitUntil("Yes to reload", () -> driver.onUi(() -> fixture.modelOf(editor).getName())
				.equals("Changed again"));
		assertFalse(driver.onUi(editor::isDirty));
	}

	@Test
	void aSaveOverAFileAnotherProgramChangedAsksAndLosesNothing() throws Exception {
		FormEditor editor = fixture.open(file);
		makeDirty(editor);
		// Written behind the workspace's back while the editor stays active, as "flowpilot import" in a terminal
		// beside the workbench would: no refresh, no switch of windows, and then Save.
		String imported = renamedOnDisk("Imported elsewhere");
		Files.writeString(path(), imported, StandardCharsets.UTF_8);

		Shell question = saveAndExpectTheConflict();
		fixture.screenshot("save-conflict-dialog");
		answer(question, "Cancel");
		assertEquals(imported, Files.readString(path(), StandardCharsets.UTF_8), "Cancel wrote the file");
		assertTrue(driver.onUi(editor::isDirty), "Cancel dropped the editor's changes");
		// The refresh the save made is reported to the editor; the question already answered is not asked again.
		driver.runOnUi(() -> { });
		driver.runOnUi(() -> { });
		assertFalse(driver.shellTitles().contains("File Changed"), "asked twice about the same change");

		answer(saveAndExpectTheConflict(), "Reload");
		driver.waitUntil("Reload to read the other program's file",
				() -> "Imported elsewhere".equals(driver.onUi(() -> fixture.modelOf(editor).getName())));
		assertFalse(driver.onUi(editor::isDirty));
		assertEquals(imported, Files.readString(path(), StandardCharsets.UTF_8), "Reload wrote the file");

		makeDirty(editor);
		String third = renamedOnDisk("Changed a third time");
		Files.writeString(path(), third, StandardCharsets.UTF_8);
		answer(saveAndExpectTheConflict(), "Overwrite");
		driver.waitUntil("Overwrite to save", () -> !driver.onUi(editor::isDirty));
		String saved = Files.readString(path(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("name=\"Imported elsewhere\"") && saved.contains("convertAllTargetedDevices=\"true\""),
				saved);
		// Even the version written over is kept: Local History holds it.
		boolean kept = false;
		for (IFileState state : file.getHistory(null)) {
			try (InputStream in = state.getContents()) {
				kept |= third.equals(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertTrue(kept, "the overwritten version is not in Local History");
	}

	private Shell saveAndExpectTheConflict() {
		driver.clickMenu(fixture.shell, "File", "Save");
		return driver.findShell("File Changed");
	}

	private void answer(Shell question, String label) {
		driver.click(driver.find(Button.class, b -> b.getShell() == question && label.equals(b.getText()
				.replace("&", "")), label));
		driver.waitUntil("the question to close", () -> driver.onUi(question::isDisposed));
	}

	@Test
	void savesKeepTheEarlierVersionInLocalHistory() throws Exception {
		byte[] original = Files.readAllBytes(path());
		FormEditor editor = fixture.open(file);
		makeDirty(editor);
		driver.clickMenu(fixture.shell, "File", "Save");
		driver.waitUntil("the save", () -> !driver.onUi(editor::isDirty));
		IFileState[] history = file.getHistory(null);
		assertTrue(history.length >= 1, "no Local History after a save");
		try (InputStream earlier = history[0].getContents()) {
			assertArrayEquals(original, earlier.readAllBytes(), "Local History does not hold the version before");
		}
		assertFalse(Files.readString(path()).equals(new String(original, StandardCharsets.UTF_8)));
		try (var files = Files.list(path().getParent())) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file is left");
		}
	}

	@Test
	void revertDropsTheUnsavedChanges() {
		FormEditor editor = fixture.open(file);
		makeDirty(editor);
		driver.clickMenu(fixture.shell, "File", "Revert");
		driver.waitUntil("Revert to leave the editor clean", () -> !driver.onUi(editor::isDirty));
		assertFalse(driver.onUi(() -> fixture.modelOf(editor).getProfiles().get(0).isConvertAllTargetedDevices()));
	}

	@Test
	void closingADirtyEditorAsksAndCancelKeepsIt() {
		FormEditor editor = fixture.open(file);
		makeDirty(editor);
		driver.clickMenu(fixture.shell, "File", "Close Editor");
		Shell save = driver.findShell("Save Resource");
		fixture.screenshot("close-dirty-editor");
		driver.click(driver.find(Button.class, b -> b.getShell() == save && "Cancel".equals(b.getText()
				.replace("&", "")), "Cancel"));
		driver.waitUntil("the question to close", () -> driver.onUi(save::isDisposed));
		assertTrue(driver.onUi(() -> fixture.page.findEditor(editor.getEditorInput()) != null), "Cancel closed it");
		assertTrue(driver.onUi(editor::isDirty));
	}

	@Test
	void aFileThatCannotBeReadIsNeverWrittenAndReopensOnceFixed() throws Exception {
		String truncated = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<autopilot:AutopilotModel xmlns:autopilot=\"http://flowpilot.org/autopilot/1.0\" name=\"Broken\">\n"
				+ "  <profiles name=\"Half a profile\"\n";
		IFile broken = fixture.file("broken.autopilot", truncated);
		byte[] before = Files.readAllBytes(broken.getLocation().toPath());
		IEditorPart editor = driver.onUi(() -> IDE.openEditor(fixture.page, broken));
		Text message = fixture.byId(Text.class, WidgetIds.LOAD_ERROR_MESSAGE);
		String text = driver.onUi(message::getText);
		assertTrue(text.contains("broken.autopilot") && text.contains("line 4"), text);
		fixture.screenshot("model-editor-load-error");

		driver.click(message);
		driver.pressKey('s', SWT.CTRL);
		assertFalse(driver.onUi(editor::isDirty), "an unreadable file has nothing to save");
		assertArrayEquals(before, Files.readAllBytes(broken.getLocation().toPath()), "the broken file was written");

		byte[] fixed = Files.readAllBytes(file.getLocation().toPath());
		broken.setContents(new ByteArrayInputStream(fixed), true, true, null);
		driver.waitUntil("the editor to open the fixed model", () -> driver.onUi(() -> editor instanceof FormEditor form
				&& form.findPage(FlowpilotUi.PROFILE_PAGE_ID) != null));
	}
}
