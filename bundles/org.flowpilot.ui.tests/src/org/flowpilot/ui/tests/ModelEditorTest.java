package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AtomicFiles;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScreenshotOnFailure.class)
class ModelEditorTest {

	private static final String TREE_ID = "modelEditor.tree";
	private static final String USER_LABEL = "Adele Vance <adelev@contoso.com>, MFA";
	private static final String RENAMED_USER_LABEL = "Megan Bowen <adelev@contoso.com>, MFA";

	private SwtDriver driver;
	private Shell shell;
	private IWorkbenchPage page;
	private IProject project;
	private IFile file;
	private IEditorPart editor;

	@BeforeEach
	void openACopyOfTheExample() throws Exception {
		driver = SwtDriver.forWorkbench();
		page = driver.waitFor("an active workbench page", () -> driver.onUi(() -> Optional
				.ofNullable(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).map(w -> w.getActivePage())));
		shell = driver.onUi(() -> page.getWorkbenchWindow().getShell());
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Model editor test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("contoso-copy.autopilot");
		try (InputStream contoso = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
			file.create(contoso, true, null);
		}
		editor = driver.onUi(() -> IDE.openEditor(page, file));
		driver.onUi(() -> page.showView(IPageLayout.ID_PROP_SHEET));
		// The tree is the Model page; the editor opens on the Profile page.
		driver.runOnUi(() -> ((FormEditor) editor).setActivePage(FlowpilotUi.MODEL_TREE_PAGE_ID));
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		driver.runOnUi(() -> page.closeEditor(editor, false));
		project.delete(true, true, null);
	}

	@Test
	void opensAsTheDefaultEditorOfModelFiles() {
		assertEquals(FlowpilotUi.MODEL_EDITOR_ID, driver.onUi(() -> editor.getSite().getId()));
		assertEquals("contoso-copy.autopilot", driver.onUi(editor::getTitle));
		Tree tree = driver.find(Tree.class,
				candidate -> TREE_ID.equals(candidate.getData(SwtDriver.ID_KEY)) && candidate.isVisible(),
				"the visible model tree");
		assertEquals("Contoso (Contoso)", driver.onUi(() -> tree.getItem(0).getText()));
		assertTrue(driver.onUi(() -> tree.getItem(0).getImage() != null), "model elements have icons");
		treeItem("Contoso pre-provisioned Entra join (User-Driven, Microsoft Entra joined) — hides License Terms,"
				+ " Privacy");
		treeItem("Pre-provisioning technician flow — 21 steps");
	}

	@Test
	void editsInThePropertiesViewUndoesFromTheEditMenuAndSaves() throws Exception {
		driver.click(treeItem(USER_LABEL));
		Text displayName = setting("displayName");
		driver.waitUntil("the Properties view to show the user's display name",
				() -> driver.onUi(displayName::getText).equals("Adele Vance"));
		assertEquals("adelev@contoso.com", driver.onUi(() -> setting("userPrincipalName").getText()));

		editValue(displayName, "Megan Bowen");
		TreeItem renamed = treeItem(RENAMED_USER_LABEL);
		driver.waitUntil("the editor to become dirty", () -> driver.onUi(editor::isDirty));
		assertEquals("*contoso-copy.autopilot", driver.onUi(() -> editorTab().getText()));
		driver.runOnUi(() -> renamed.getParent().setSelection(renamed));
		driver.screenshot("model-editor");

		driver.clickMenu(shell, "Edit", "Undo Set");
		driver.waitUntil("undo to restore the display name", () -> !driver.onUi(editor::isDirty));
		treeItem(USER_LABEL);
		driver.waitUntil("the Properties view to show the restored name",
				() -> driver.onUi(() -> setting("displayName").getText()).equals("Adele Vance"));

		driver.clickMenu(shell, "Edit", "Redo Set");
		driver.waitUntil("redo to make the editor dirty again", () -> driver.onUi(editor::isDirty));
		driver.clickMenu(shell, "File", "Save");
		driver.waitUntil("save to leave the editor clean", () -> !driver.onUi(editor::isDirty));

		AutopilotModel saved = AutopilotPersistence.load(URI.createFileURI(file.getLocation().toOSString()));
		AutopilotModel expected = ExampleModels.contoso();
		expected.getUsers().get(0).setDisplayName("Megan Bowen");
		assertTrue(EcoreUtil.equals(expected, saved), "the saved file differs from the example with the new name");
		assertTrue(EcoreUtil.equals(editedModel(), saved), "the saved file differs from the editor's model");
		assertFalse(leftoverTemporaryFiles(), "a temporary file was left behind");
	}

	@Test
	void namesTheFileAndTheLineWhenAModelCannotBeRead() throws Exception {
		IFile broken = project.getFile("broken.autopilot");
		String truncated = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<autopilot:AutopilotModel xmlns:autopilot=\"http://flowpilot.org/autopilot/1.0\" name=\"Broken\">\n"
				+ "  <profiles name=\"Half a profile\"\n";
		broken.create(new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)), true, null);

		IEditorPart errorEditor = driver.onUi(() -> IDE.openEditor(page, broken));
		try {
			Control message = driver.find(Control.class,
					control -> ControlText.of(control).contains("Cannot open /Model editor test/broken.autopilot"),
					"a message naming broken.autopilot");
			driver.screenshot("model-editor-load-error");
			String text = driver.onUi(() -> ControlText.of(message));
			assertTrue(text.contains("line 4, column 1"), text);
		} finally {
			driver.runOnUi(() -> page.closeEditor(errorEditor, false));
		}
	}

	private AutopilotModel editedModel() {
		return driver.onUi(() -> (AutopilotModel) ((IEditingDomainProvider) editor).getEditingDomain()
				.getResourceSet().getResources().get(0).getContents().get(0));
	}

	private boolean leftoverTemporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(project.getLocation().toPath())) {
			return files.anyMatch(AtomicFiles::isTemporaryFile);
		}
	}

	private TreeItem treeItem(String label) {
		return driver.find(TreeItem.class,
				// The example the first start opened has the same tree, behind this editor's tab.
				item -> TREE_ID.equals(item.getParent().getData(SwtDriver.ID_KEY)) && item.getParent().isVisible()
						&& label.equals(item.getText()),
				"model tree item '" + label + "'");
	}

	// The Properties view's text field of a setting; the editor's own forms are not visible while the tree page is.
	private Text setting(String feature) {
		return driver.find(Text.class, text -> ("setting." + feature).equals(text.getData(SwtDriver.ID_KEY))
				&& text.isVisible(), "the Properties view's '" + feature + "' field");
	}

	// Typing replaces the selected text; Enter sets the value as one command.
	private void editValue(Text field, String value) {
		driver.click(field);
		driver.runOnUi(field::selectAll);
		driver.type(value);
		driver.waitUntil("the field to read " + value, () -> driver.onUi(field::getText).equals(value));
		driver.pressKey(SWT.CR);
	}

	private CTabItem editorTab() {
		return driver.find(CTabItem.class,
				tab -> tab.getText().endsWith("contoso-copy.autopilot"), "the editor's tab");
	}
}
