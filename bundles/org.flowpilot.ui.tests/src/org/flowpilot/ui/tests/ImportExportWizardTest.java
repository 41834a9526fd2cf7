package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ScreenshotOnFailure.class)
class ImportExportWizardTest {

	private static final String WIZARD_NAME = "Autopilot Configuration (Graph JSON, Offline File, Hardware Hash CSV)";
	private static final String ADD_DIALOG = "Add Files to Import";
	private static final String ADD_FOLDER_DIALOG = "Add Intune Backup Folder to Import";
	// An IntuneCD backup as the tool writes it: no ids or timestamps, groups by display name, one object per file
	// in folders named after the kind, JSON or YAML, with files of other kinds among them.
	private static final String BACKUP_PROFILE_JSON = """
			{
			  "@odata.type": "#microsoft.graph.azureADWindowsAutopilotDeploymentProfile",
			  "displayName": "Northwind staff",
			  "locale": "os-default",
			  "outOfBoxExperienceSetting": {
			    "privacySettingsHidden": true,
			    "eulaHidden": true,
			    "userType": "standard",
			    "deviceUsageType": "singleUser",
			    "keyboardSelectionPageSkipped": true,
			    "escapeLinkHidden": true
			  },
			  "deviceNameTemplate": "NW-%SERIAL%",
			  "deviceType": "windowsPc",
			  "assignments": [
			    {"target": {"@odata.type": "#microsoft.graph.groupAssignmentTarget", "groupName": "NW Staff"}}
			  ]
			}
			""";
	private static final String BACKUP_ESP_YAML = """
			'@odata.type': '#microsoft.graph.windows10EnrollmentCompletionPageConfiguration'
			displayName: Northwind ESP
			priority: 1
			showInstallationProgress: true
			installProgressTimeoutInMinutes: 45
			allowDeviceUseOnInstallFailure: false
			assignments:
			- target:
			    '@odata.type': '#microsoft.graph.groupAssignmentTarget'
			    groupName: NW Staff
			""";
	private static final String BACKUP_WIFI_YAML = """
			'@odata.type': '#microsoft.graph.windowsWifiConfiguration'
			displayName: NW Wi-Fi
			ssid: NORTHWIND
			""";
	private static final String PROFILE_JSON = """
			{
			  "@odata.type": "#microsoft.graph.azureADWindowsAutopilotDeploymentProfile",
			  "id": "7f1a2b3c-0000-4000-8000-000000000001",
			  "displayName": "Contoso user-driven",
			  "locale": "en-US",
			  "outOfBoxExperienceSetting": {
			    "privacySettingsHidden": true,
			    "eulaHidden": true,
			    "userType": "standard",
			    "deviceUsageType": "singleUser",
			    "keyboardSelectionPageSkipped": true,
			    "escapeLinkHidden": true
			  },
			  "hardwareHashExtractionEnabled": false,
			  "deviceNameTemplate": "CON-%SERIAL%",
			  "deviceType": "windowsPc",
			  "preprovisioningAllowed": true
			}
			""";

	@TempDir
	Path folder;

	private EditorFixture fixture;
	private SwtDriver driver;

	@BeforeEach
	void createProject() throws Exception {
		fixture = new EditorFixture("Import export test");
		driver = fixture.driver;
	}

	@AfterEach
	void closeDialogsAndDelete() throws Exception {
		driver.runOnUi(() -> {
			for (Shell shell : driver.display().getShells()) {
				if (shell != fixture.shell && shell.isVisible()) {
					shell.close();
				}
			}
		});
		fixture.delete();
	}

	@Test
	void listsTheFilesSummarizesAndImportsIntoANewWorkspaceModel() throws IOException {
		Path json = write("contoso-profile.json", PROFILE_JSON);
		Path other = write("other.json", PROFILE_JSON.replace("Contoso user-driven", "Other"));

		Shell wizard = openWizard("Import");
		addFile(other);
		addFile(json);
		Table files = driver.findById(Table.class, "import.files");
		assertEquals(List.of("other.json", "contoso-profile.json"), driver.onUi(() -> columnTexts(files, 0)));
		driver.click(driver.find(TableItem.class, item -> item.getParent() == files
				&& "other.json".equals(item.getText(0)), "the row of other.json"));
		driver.click(driver.findById(Button.class, "import.files.remove"));
		driver.waitUntil("other.json to leave the list",
				() -> driver.onUi(() -> columnTexts(files, 0)).equals(List.of("contoso-profile.json")));
		typeInto("import.model", "/Import export test/tenant.autopilot");
		driver.screenshot("import-wizard");
		assertFalse(driver.onUi(() -> finish(wizard).isEnabled()), "Finish before the summary");

		driver.click(driver.findByText(Button.class, "Next >"));
		Table changes = driver.findById(Table.class, "import.summary.changes");
		driver.waitUntil("the summary to list the new profile", () -> driver.onUi(() -> columnTexts(changes, 2))
				.contains("Contoso user-driven"));
		assertEquals(List.of("Create"), driver.onUi(() -> columnTexts(changes, 0)).stream().distinct().toList());
		assertTrue(driver.onUi(() -> columnTexts(changes, 1)).contains("Deployment profile"));
		driver.screenshot("import-wizard-summary");
		IFile model = fixture.project.getFile("tenant.autopilot");
		assertFalse(model.exists(), "the summary wrote the model");

		driver.click(finish(wizard));
		driver.waitUntil("the import wizard to close", () -> driver.onUi(wizard::isDisposed));
		String saved = Files.readString(model.getLocation().toPath(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("Contoso user-driven"), saved);
		assertTrue(saved.contains("CON-%SERIAL%"), saved);
		driver.waitUntil("the workspace to see the new model", () -> model.exists());
	}

	@Test
	void showsWhereBadJsonIsWrongAndWritesNothing() throws IOException {
		Path json = write("broken.json", "{\n  \"@odata.type\": \"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile\",\n"
				+ "  \"displayName\": ,\n}\n");

		Shell wizard = openWizard("Import");
		addFile(json);
		typeInto("import.model", "/Import export test/untouched.autopilot");
		driver.click(driver.findByText(Button.class, "Next >"));

		Control message = driver.find(Control.class, control -> control.getShell() == wizard
				&& ControlText.of(control).contains("broken.json") && ControlText.of(control).contains("line 3"),
				"an error message naming broken.json and line 3");
		driver.screenshot("import-wizard-error");
		String text = driver.onUi(() -> ControlText.of(message));
		assertTrue(text.contains("column"), text);
		assertFalse(driver.onUi(() -> finish(wizard).isEnabled()), "Finish after a failed preview");
		assertFalse(fixture.project.getFile("untouched.autopilot").exists(), "a model was written for a failed import");
	}

	@Test
	void importingIntoAnOpenModelIsOneCommandOfItsEditor() throws Exception {
		IFile file = fixture.copyOfExample("open.autopilot");
		byte[] onDisk = Files.readAllBytes(file.getLocation().toPath());
		FormEditor editor = fixture.open(file);
		AutopilotModel original = driver.onUi(() -> EcoreUtil.copy(fixture.modelOf(editor)));
		Path json = write("contoso-profile.json", PROFILE_JSON);

		Shell wizard = openWizard("Import");
		addFile(json);
		typeInto("import.model", "/Import export test/open.autopilot");
		driver.click(driver.findByText(Button.class, "Next >"));
		Table changes = driver.findById(Table.class, "import.summary.changes");
		driver.waitUntil("the summary to list the new profile",
				() -> driver.onUi(() -> columnTexts(changes, 2)).contains("Contoso user-driven"));
		driver.click(finish(wizard));
		driver.waitUntil("the import wizard to close", () -> driver.onUi(wizard::isDisposed));

		driver.waitUntil("the editor to hold the imported profile", () -> driver.onUi(() -> fixture.modelOf(editor)
				.getProfiles().stream().map(DeploymentProfile::getName).toList().contains("Contoso user-driven")));
		assertTrue(driver.onUi(editor::isDirty), "the import left the editor clean");
		assertArrayEquals(onDisk, Files.readAllBytes(file.getLocation().toPath()), "the import wrote the open file");

		driver.clickMenu(fixture.shell, "Edit", "Undo Import contoso-profile.json");
		driver.waitUntil("one undo to take the import back", () -> !driver.onUi(editor::isDirty));
		assertTrue(driver.onUi(() -> EcoreUtil.equals(original, fixture.modelOf(editor))),
				"undo left the model different from before the import");
	}

	@Test
	void exportsGraphJsonCreateBodiesAfterASummary() throws Exception {
		IFile model = fixture.file("export-me.autopilot", "");
		ModelDocument document = ModelDocument.openOrCreate(folder.resolve("source.autopilot"));
		ModelImporter.importFile(write("profile.json", PROFILE_JSON), document, new Warnings());
		document.save();
		model.setContents(Files.newInputStream(document.path()), true, false, null);

		Shell wizard = openWizard("Export");
		typeInto("export.model", "/Import export test/export-me.autopilot");
		Text output = driver.findById(Text.class, "export.output");
		driver.waitUntil("the output file to be suggested",
				() -> driver.onUi(output::getText).endsWith("autopilot-graph.json"));
		driver.screenshot("export-wizard");
		driver.click(driver.findByText(Button.class, "Next >"));
		Text preview = driver.findById(Text.class, "export.summary.preview");
		driver.waitUntil("the summary to show the profile",
				() -> driver.onUi(preview::getText).contains("\"displayName\": \"Contoso user-driven\""));
		Path written = model.getParent().getLocation().toPath().resolve("autopilot-graph.json");
		assertFalse(Files.exists(written), "the summary wrote the file");
		driver.screenshot("export-wizard-summary");
		driver.click(finish(wizard));

		driver.waitUntil("the export wizard to close", () -> driver.onUi(wizard::isDisposed));
		String json = Files.readString(written, StandardCharsets.UTF_8);
		assertTrue(json.contains("\"displayName\": \"Contoso user-driven\""), json);
		assertTrue(json.contains("\"outOfBoxExperienceSetting\""), json);
		// A create body: Graph assigns the id.
		assertFalse(json.contains("7f1a2b3c-0000-4000-8000-000000000001"), json);
	}

	@Test
	void addsABackupFolderAsOneEntrySummarizesItAndImportsIt() throws Exception {
		Path backup = backup("Northwind backup");

		Shell wizard = openWizard("Import");
		addFolder(backup);
		Table files = driver.findById(Table.class, "import.files");
		assertEquals(List.of("Northwind backup"), driver.onUi(() -> columnTexts(files, 0)));
		// One profile, one ESP, no device; the Wi-Fi profile and the script are left out.
		assertEquals(List.of("1 profile, 1 ESP, 0 devices (2 other entries left out)"),
				driver.onUi(() -> columnTexts(files, 2)));
		assertTrue(driver.onUi(() -> files.getItem(0).getImage() == PlatformUI.getWorkbench().getSharedImages()
				.getImage(ISharedImages.IMG_OBJ_FOLDER)), "the backup folder is not shown as a folder");
		typeInto("import.model", "/Import export test/northwind.autopilot");
		driver.screenshot("import-wizard-folder");

		driver.click(driver.findByText(Button.class, "Next >"));
		Table changes = driver.findById(Table.class, "import.summary.changes");
		driver.waitUntil("the summary to list the backup's profile", () -> driver.onUi(() -> columnTexts(changes, 2))
				.contains("Northwind staff"));
		assertEquals(List.of("Northwind staff", "Northwind ESP", "NW Staff"), driver.onUi(() -> columnTexts(changes, 2))
				.stream().filter(name -> !name.isEmpty()).toList());
		assertEquals(List.of("Create"), driver.onUi(() -> columnTexts(changes, 0)).stream().distinct().toList());
		driver.screenshot("import-wizard-folder-summary");
		IFile model = fixture.project.getFile("northwind.autopilot");
		assertFalse(model.exists(), "the summary wrote the model");

		driver.click(finish(wizard));
		driver.waitUntil("the import wizard to close", () -> driver.onUi(wizard::isDisposed));
		AutopilotModel saved = ModelDocument.open(model.getLocation().toPath()).model();
		assertEquals(List.of("Northwind staff"), saved.getProfiles().stream().map(DeploymentProfile::getName).toList());
		assertEquals(45, saved.getEnrollmentStatusPages().get(0).getInstallationTimeoutMinutes());
		assertEquals(List.of("NW Staff"), saved.getGroups().stream().map(Group::getName).toList());
	}

	@Test
	void importingABackupFolderIntoAnOpenModelIsOneCommandOfItsEditor() throws Exception {
		IFile file = fixture.copyOfExample("open.autopilot");
		FormEditor editor = fixture.open(file);
		AutopilotModel original = driver.onUi(() -> EcoreUtil.copy(fixture.modelOf(editor)));
		Path backup = backup("Northwind backup");

		Shell wizard = openWizard("Import");
		addFolder(backup);
		typeInto("import.model", "/Import export test/open.autopilot");
		driver.click(driver.findByText(Button.class, "Next >"));
		Table changes = driver.findById(Table.class, "import.summary.changes");
		driver.waitUntil("the summary to list the backup's ESP",
				() -> driver.onUi(() -> columnTexts(changes, 2)).contains("Northwind ESP"));
		driver.click(finish(wizard));
		driver.waitUntil("the import wizard to close", () -> driver.onUi(wizard::isDisposed));

		driver.waitUntil("the editor to hold the backup's profile and ESP", () -> driver.onUi(() -> {
			AutopilotModel model = fixture.modelOf(editor);
			return model.getProfiles().stream().map(DeploymentProfile::getName).toList().contains("Northwind staff")
					&& model.getEnrollmentStatusPages().stream().map(EnrollmentStatusPage::getName).toList()
							.contains("Northwind ESP");
		}));
		driver.clickMenu(fixture.shell, "Edit", "Undo Import Northwind backup");
		driver.waitUntil("one undo to take the whole folder back", () -> !driver.onUi(editor::isDirty));
		assertTrue(driver.onUi(() -> EcoreUtil.equals(original, fixture.modelOf(editor))),
				"undo left the model different from before the import");
	}

	@Test
	void aBadFileInABackupFolderIsNamedWithItsLineAndNothingIsWritten() throws IOException {
		Path backup = backup("Broken backup");
		Files.writeString(backup.resolve("Enrollment Profiles/Windows/ESP/Broken ESP_windows10EnrollmentCompletionPageConfiguration.yaml"),
				"'@odata.type': '#microsoft.graph.windows10EnrollmentCompletionPageConfiguration'\n"
						+ "displayName: Broken ESP\npriority: [1\n", StandardCharsets.UTF_8);

		Shell wizard = openWizard("Import");
		typeInto("import.model", "/Import export test/untouched.autopilot");
		addFolder(backup);
		Control message = driver.find(Control.class, control -> control.getShell() == wizard
				&& ControlText.of(control).contains("Broken ESP_windows10EnrollmentCompletionPageConfiguration.yaml")
				&& ControlText.of(control).contains("line "), "an error message naming the bad YAML file and its line");
		String text = driver.onUi(() -> ControlText.of(message));
		assertFalse(text.contains("\n"), "the error is not one line: " + text);
		driver.screenshot("import-wizard-folder-error");
		assertFalse(driver.onUi(() -> driver.findByText(Button.class, "Next >").isEnabled()), "Next with a bad folder");
		assertFalse(driver.onUi(() -> finish(wizard).isEnabled()), "Finish with a bad folder");
		assertFalse(fixture.project.getFile("untouched.autopilot").exists(), "a model was written for a failed import");
	}

	/** Builds an IntuneCD-style backup named {@code name}: a profile (JSON), an ESP (YAML), a Wi-Fi profile, a script. */
	private Path backup(String name) throws IOException {
		Path root = folder.resolve(name);
		write(root, "Enrollment Profiles/Windows/Northwind staff_azureADWindowsAutopilotDeploymentProfile.json",
				BACKUP_PROFILE_JSON);
		write(root, "Enrollment Profiles/Windows/ESP/Northwind ESP_windows10EnrollmentCompletionPageConfiguration.yaml",
				BACKUP_ESP_YAML);
		write(root, "Device Configurations/NW Wi-Fi_windowsWifiConfiguration.yaml", BACKUP_WIFI_YAML);
		write(root, "Scripts/Powershell/Script Data/NW rename computer.ps1", "Rename-Computer -NewName NW01\n");
		return root;
	}

	private static void write(Path root, String file, String content) throws IOException {
		Path path = root.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, content, StandardCharsets.UTF_8);
	}

	private void addFolder(Path backup) {
		Table files = driver.findById(Table.class, "import.files");
		int before = driver.onUi(files::getItemCount);
		NativeFileDialog.chooseFolder(driver, driver.findById(Button.class, "import.files.addFolder"), ADD_FOLDER_DIALOG,
				backup);
		driver.waitUntil(backup.getFileName() + " to join the list", () -> driver.onUi(files::getItemCount) > before);
	}

	private Shell openWizard(String kind) {
		driver.clickMenu(fixture.shell, "File", kind + "...");
		Shell selection = driver.findShell(kind);
		Text filter = driver.find(Text.class, text -> text.getShell() == selection, "the wizard filter");
		driver.click(filter);
		driver.type("Autopilot");
		TreeItem wizardItem = driver.find(TreeItem.class,
				item -> item.getParent().getShell() == selection && WIZARD_NAME.equals(item.getText()),
				"the Flowpilot " + kind.toLowerCase() + " wizard in the list");
		driver.click(wizardItem);
		driver.click(driver.findByText(Button.class, "Next >"));
		return selection;
	}

	private void addFile(Path file) {
		Table files = driver.findById(Table.class, "import.files");
		int before = driver.onUi(files::getItemCount);
		NativeFileDialog.choose(driver, driver.findById(Button.class, "import.files.add"), ADD_DIALOG, file);
		driver.waitUntil(file.getFileName() + " to join the list", () -> driver.onUi(files::getItemCount) > before);
	}

	private Button finish(Shell wizard) {
		return driver.find(Button.class, button -> button.getShell() == wizard && "Finish".equals(button.getText().replace("&", "")),
				"the Finish button");
	}

	private static List<String> columnTexts(Table table, int column) {
		return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
	}

	private void typeInto(String id, String value) {
		Text text = driver.findById(Text.class, id);
		driver.click(text);
		driver.focus(text);
		driver.runOnUi(() -> text.selectAll());
		driver.type(value);
		driver.waitUntil(id + " to read " + value, () -> driver.onUi(text::getText).strip().equals(value));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}
}
