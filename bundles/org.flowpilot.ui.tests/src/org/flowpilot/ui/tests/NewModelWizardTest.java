package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotPreferences;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starting a model: the New Flowpilot Model wizard and a first session with the model it makes, the New Project
 * wizard with the example, and the preference page.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NewModelWizardTest {

	private EditorFixture fixture;
	private SwtDriver driver;

	@BeforeEach
	void create() throws Exception {
		fixture = new EditorFixture("Wizard test");
		driver = fixture.driver;
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
		IProject example = ResourcesPlugin.getWorkspace().getRoot().getProject("Wizard example");
		if (example.exists()) {
			example.delete(true, true, null);
		}
		InstanceScope.INSTANCE.getNode(FlowpilotUi.PLUGIN_ID).clear();
	}

	private Button button(Shell shell, String text) {
		return driver.find(Button.class, b -> b.getShell() == shell && text.equals(b.getText().replace("&", ""))
				&& b.isVisible(), "the button '" + text + "'");
	}

	private void type(Text text, String value) {
		driver.click(text);
		driver.runOnUi(text::selectAll);
		driver.type(value);
		driver.waitUntil("the field to read " + value, () -> driver.onUi(text::getText).equals(value));
	}

	@Test
	void aModelFromTheWizardIsValidAndSurvivesAFirstSessionOfEdits() throws Exception {
		driver.clickMenu(fixture.shell, "File", "New", "Flowpilot Model");
		Shell wizard = driver.findShell("New Flowpilot Model");
		type(driver.findByLabel(Text.class, "Enter or select the parent folder:"), "Wizard test");
		driver.screenshot("new-model-wizard");
		driver.click(button(wizard, "Next >"));
		driver.click(fixture.byId(Button.class, "newModel.deployment.SELF_DEPLOYING"));
		fixture.choose(fixture.byId(Combo.class, "newModel.windows"), "Windows 10");
		fixture.screenshot("new-model-wizard-deployment");
		driver.click(button(wizard, "Finish"));
		driver.waitUntil("the wizard to close", () -> driver.onUi(wizard::isDisposed));

		IFile file = fixture.project.getFile("tenant.autopilot");
		FormEditor editor = driver.waitFor("the new model's editor", () -> driver.onUi(() -> Optional.ofNullable(
				fixture.page.getActiveEditor()).filter(e -> e.getTitle().equals("tenant.autopilot"))
				.map(FormEditor.class::cast)));
		AutopilotModel created = fixture.modelOf(editor);
		assertEquals(List.of(), driver.onUi(() -> ModelProblem.of(AutopilotValidator.validate(created)).stream()
				.filter(ModelProblem::isError).map(ModelProblem::message).toList()));
		assertEquals(WindowsVersion.WINDOWS10, driver.onUi(() -> created.getDevices().get(0).getWindowsVersion()));

		// New Child in the Model page: a second profile and a user.
		fixture.showPage(editor, "Model");
		TreeItem root = driver.find(TreeItem.class, item -> item.getText().startsWith("Contoso (Contoso)")
				&& item.getParent().isVisible(), "the model in the tree");
		fixture.contextMenu(root, "New Child", "Deployment profile");
		fixture.contextMenu(root, "New Child", "User");
		driver.waitUntil("the new profile and user", () -> driver.onUi(() -> created.getProfiles().size() == 2
				&& created.getUsers().size() == 1));

		// A profile setting in the form, another in Properties, a hidden screen ticked.
		fixture.showPage(editor, "Profile");
		Table profiles = fixture.byId(Table.class, FlowpilotUi.PROFILE_PAGE_ID + ".list");
		driver.click(driver.find(TableItem.class, item -> item.getParent() == profiles
				&& "Deployment profile".equals(item.getText(0)), "the new profile in the list"));
		DeploymentProfile added = driver.onUi(() -> created.getProfiles().get(1));
		Button yes = fixture.byId(Button.class, "setting.allowPreProvisionedDeployment.true");
		fixture.reveal(yes);
		driver.click(yes);
		driver.waitUntil("the form to allow pre-provisioning", () -> driver.onUi(added::isAllowPreProvisionedDeployment));
		driver.onUi(() -> fixture.page.showView(IPageLayout.ID_PROP_SHEET));
		driver.click(driver.find(TableItem.class, item -> item.getParent() == profiles
				&& "Deployment profile".equals(item.getText(0)), "the new profile in the list"));
		Button convert = driver.find(Button.class, b -> "setting.convertAllTargetedDevices".equals(b.getData(
				SwtDriver.ID_KEY)) && b.isVisible(), "the Properties view's checkbox");
		driver.click(convert);
		driver.waitUntil("Properties to convert targeted devices", () -> driver.onUi(added::isConvertAllTargetedDevices));
		Table screens = fixture.byId(Table.class, "setting.hiddenScreens");
		TableItem privacy = driver.find(TableItem.class, item -> item.getParent() == screens
				&& "setting.hiddenScreens.privacy".equals(item.getData(SwtDriver.ID_KEY)), "Privacy");
		fixture.toggle(privacy);
		driver.waitUntil("the profile to hide Privacy", () -> driver.onUi(() -> added.getHiddenScreens()
				.contains(ScreenKind.PRIVACY)));

		// Undo and redo the last edit, then save, close, reopen and compare.
		driver.clickMenu(fixture.shell, "Edit", "Undo Set");
		driver.waitUntil("undo to show Privacy again", () -> !driver.onUi(() -> added.getHiddenScreens()
				.contains(ScreenKind.PRIVACY)));
		driver.clickMenu(fixture.shell, "Edit", "Redo Set");
		driver.waitUntil("redo to hide it again", () -> driver.onUi(() -> added.getHiddenScreens()
				.contains(ScreenKind.PRIVACY)));
		AutopilotModel expected = driver.onUi(() -> EcoreUtil.copy(created));
		driver.clickMenu(fixture.shell, "File", "Save");
		driver.waitUntil("the save", () -> !driver.onUi(editor::isDirty));
		driver.runOnUi(() -> fixture.page.closeEditor(editor, false));

		AutopilotModel saved = AutopilotPersistence.load(URI.createFileURI(file.getLocation().toOSString()));
		assertTrue(EcoreUtil.equals(expected, saved), "the saved file differs from the edited model");
		IEditorPart reopened = fixture.open(file);
		assertTrue(driver.onUi(() -> EcoreUtil.equals(expected, fixture.modelOf(reopened))),
				"the reopened model differs from the edited one");
	}

	@Test
	void theNewProjectWizardCreatesTheExample() throws Exception {
		driver.clickMenu(fixture.shell, "File", "New", "Flowpilot Project");
		Shell wizard = driver.findShell("New Flowpilot Project");
		type(driver.findByLabel(Text.class, "Project name:"), "Wizard example");
		driver.click(button(wizard, "Next >"));
		driver.click(fixture.byId(Button.class, "newProject.contents.EXAMPLE"));
		driver.screenshot("new-project-wizard");
		driver.click(button(wizard, "Finish"));
		driver.waitUntil("the wizard to close", () -> driver.onUi(wizard::isDisposed));
		IFile example = ResourcesPlugin.getWorkspace().getRoot().getProject("Wizard example")
				.getFile("contoso.autopilot");
		assertTrue(example.exists());
		try (InputStream bundled = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
			assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(example.getLocation().toPath()));
		}
		driver.waitUntil("the example to open", () -> driver.onUi(() -> fixture.page.getActiveEditor() != null
				&& fixture.page.getActiveEditor().getEditorInput().getName().equals("contoso.autopilot")));
		assertEquals(FlowpilotUi.DESIGN_PERSPECTIVE_ID, driver.onUi(() -> fixture.page.getPerspective().getId()));
	}

	@Test
	void thePreferencePageSetsTheDefaultWindowsVersionAndValidationWhileEditing() {
		assertEquals(WindowsVersion.WINDOWS11, FlowpilotPreferences.defaultWindowsVersion());
		assertTrue(FlowpilotPreferences.validateWhileEditing());
		driver.clickMenu(fixture.shell, "Window", "Preferences...");
		Shell preferences = driver.findShell("Preferences");
		TreeItem page = driver.find(TreeItem.class, item -> item.getParent().getShell() == preferences
				&& "Flowpilot".equals(item.getText()), "the Flowpilot preference page");
		driver.click(page);
		Combo windows = driver.find(Combo.class, combo -> combo.getShell() == preferences && combo.isVisible(),
				"the Windows version drop-down");
		fixture.choose(windows, "Windows 10");
		Button validate = driver.find(Button.class, b -> b.getShell() == preferences && b.getText()
				.startsWith("&Validate models while editing"), "validation while editing");
		driver.click(validate);
		fixture.screenshot("preferences");
		driver.click(button(preferences, "Apply and Close"));
		driver.waitUntil("the preferences to close", () -> driver.onUi(preferences::isDisposed));
		assertEquals(WindowsVersion.WINDOWS10, FlowpilotPreferences.defaultWindowsVersion());
		assertFalse(FlowpilotPreferences.validateWhileEditing());

		driver.clickMenu(fixture.shell, "File", "New", "Flowpilot Model");
		Shell wizard = driver.findShell("New Flowpilot Model");
		type(driver.findByLabel(Text.class, "Enter or select the parent folder:"), "Wizard test");
		driver.click(button(wizard, "Next >"));
		Combo windowsOfNewModels = fixture.byId(Combo.class, "newModel.windows");
		assertEquals("Windows 10", driver.onUi(windowsOfNewModels::getText));
		driver.click(button(wizard, "Cancel"));
	}
}
