package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.Warnings;
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

	private SwtDriver driver;
	private Shell workbenchShell;

	@BeforeEach
	void findWorkbench() {
		driver = SwtDriver.forWorkbench();
		workbenchShell = driver.waitFor("the workbench window", () -> driver.onUi(() -> Optional
				.ofNullable(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).map(w -> w.getShell())));
	}

	@AfterEach
	void closeLeftoverDialogs() {
		driver.runOnUi(() -> {
			for (Shell shell : driver.display().getShells()) {
				if (shell != workbenchShell && shell.isVisible()) {
					shell.close();
				}
			}
		});
	}

	@Test
	void importsGraphJsonIntoANewModel() throws IOException {
		Path json = write("contoso-profile.json", PROFILE_JSON);
		Path model = folder.resolve("tenant.autopilot");

		Shell wizard = openWizard("Import");
		typeInto("import.files", json.toString());
		typeInto("import.model", model.toString());
		driver.screenshot("import-wizard");
		driver.click(driver.findByText(Button.class, "Finish"));

		driver.waitUntil("the import wizard to close", () -> driver.onUi(wizard::isDisposed));
		String saved = Files.readString(model, StandardCharsets.UTF_8);
		assertTrue(saved.contains("Contoso user-driven"), saved);
		assertTrue(saved.contains("CON-%SERIAL%"), saved);
	}

	@Test
	void showsWhereBadJsonIsWrongAndWritesNothing() throws IOException {
		Path json = write("broken.json", "{\n  \"@odata.type\": \"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile\",\n"
				+ "  \"displayName\": ,\n}\n");
		Path model = folder.resolve("untouched.autopilot");

		Shell wizard = openWizard("Import");
		typeInto("import.files", json.toString());
		typeInto("import.model", model.toString());
		driver.click(driver.findByText(Button.class, "Finish"));

		Control message = driver.find(Control.class, control -> control.getShell() == wizard
				&& ControlText.of(control).contains("broken.json") && ControlText.of(control).contains("line 3"),
				"an error message naming broken.json and line 3");
		driver.screenshot("import-wizard-error");
		assertFalse(driver.onUi(wizard::isDisposed), "the wizard closed on an error");
		String text = driver.onUi(() -> ControlText.of(message));
		assertTrue(text.contains("column"), text);
		assertFalse(Files.exists(model), "a model was written for a failed import");
	}

	@Test
	void exportsGraphJsonCreateBodies() throws Exception {
		Path model = folder.resolve("export-me.autopilot");
		ModelDocument document = ModelDocument.openOrCreate(model);
		ModelImporter.importFile(write("profile.json", PROFILE_JSON), document, new Warnings());
		document.save();

		Shell wizard = openWizard("Export");
		typeInto("export.model", model.toString());
		Text output = driver.findById(Text.class, "export.output");
		driver.waitUntil("the output file to be suggested",
				() -> driver.onUi(output::getText).endsWith("autopilot-graph.json"));
		driver.screenshot("export-wizard");
		driver.click(driver.findByText(Button.class, "Finish"));

		driver.waitUntil("the export wizard to close", () -> driver.onUi(wizard::isDisposed));
		String json = Files.readString(folder.resolve("autopilot-graph.json"), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"displayName\": \"Contoso user-driven\""), json);
		assertTrue(json.contains("\"outOfBoxExperienceSetting\""), json);
		// A create body: Graph assigns the id.
		assertFalse(json.contains("7f1a2b3c-0000-4000-8000-000000000001"), json);
	}

	private Shell openWizard(String kind) {
		driver.clickMenu(workbenchShell, "File", kind + "...");
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

	private void typeInto(String id, String value) {
		Text text = driver.findById(Text.class, id);
		driver.click(text);
		driver.focus(text);
		driver.type(value);
		driver.waitUntil(id + " to read " + value, () -> driver.onUi(text::getText).strip().equals(value));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}
}
