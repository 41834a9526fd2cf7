package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.User;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Creating, deleting, cutting, copying and pasting elements in the model tree, each undoable. */
@ExtendWith(ScreenshotOnFailure.class)
class EditingTest {

	private static final String ROOT = "Contoso (Contoso)";

	private EditorFixture fixture;
	private SwtDriver driver;
	private FormEditor editor;

	@BeforeEach
	void open() throws Exception {
		fixture = new EditorFixture("Editing test");
		driver = fixture.driver;
		editor = fixture.open(fixture.copyOfExample("edit.autopilot"));
		fixture.showPage(editor, "Model");
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		fixture.delete();
	}

	private AutopilotModel model() {
		return fixture.modelOf(editor);
	}

	@Test
	void newChildFromTheContextMenuAndTheEditMenuAddsAProfileAndAUser() {
		fixture.contextMenu(fixture.treeItem(ROOT), "New Child", "Deployment profile");
		driver.waitUntil("a new profile", () -> driver.onUi(() -> model().getProfiles().size()) == 2);
		assertEquals("Deployment profile", driver.onUi(() -> model().getProfiles().get(1).getName()));
		fixture.screenshot("model-page-new-profile");

		driver.click(fixture.treeItem(ROOT));
		driver.clickMenu(fixture.shell, "Edit", "New Child", "User");
		driver.waitUntil("a new user", () -> driver.onUi(() -> model().getUsers().size()) == 2);

		TreeItem adele = fixture.treeItem("Adele Vance <adelev@contoso.com>, MFA");
		fixture.contextMenu(adele, "New Sibling", "User");
		driver.waitUntil("a sibling user", () -> driver.onUi(() -> model().getUsers().size()) == 3);
		// A new sibling goes right after the element it was made beside.
		assertEquals(List.of("Adele Vance", "User 2", "User"), fixture.names(driver.onUi(() -> model().getUsers())));

		driver.clickMenu(fixture.shell, "Edit", "Undo New User");
		driver.clickMenu(fixture.shell, "Edit", "Undo New User");
		driver.clickMenu(fixture.shell, "Edit", "Undo New Deployment profile");
		driver.waitUntil("three undos to leave the editor clean", () -> !driver.onUi(editor::isDirty));
		assertEquals(1, driver.onUi(() -> model().getProfiles().size()));
	}

	@Test
	void deleteRemovesTheElementAndTheReferencesToIt() {
		DeploymentProfile profile = driver.onUi(() -> model().getProfiles().get(0));
		assertTrue(driver.onUi(() -> profile.getAssignments().get(0).getGroup() != null));
		driver.click(fixture.treeItem("Contoso Autopilot devices (Device group, 2 members)"));
		driver.clickMenu(fixture.shell, "Edit", "Delete");
		driver.waitUntil("the group to go", () -> driver.onUi(() -> model().getGroups().size()) == 1);
		assertNull(driver.onUi(() -> profile.getAssignments().get(0).getGroup()), "the assignment still names it");
		driver.clickMenu(fixture.shell, "Edit", "Undo Delete");
		driver.waitUntil("undo to bring the group back", () -> driver.onUi(() -> model().getGroups().size()) == 2);
		assertTrue(driver.onUi(() -> profile.getAssignments().get(0).getGroup() != null));
	}

	@Test
	void copyAndPasteDuplicatesAndCutAndPasteMoves() {
		driver.click(fixture.treeItem("Adele Vance <adelev@contoso.com>, MFA"));
		driver.clickMenu(fixture.shell, "Edit", "Copy");
		driver.click(fixture.treeItem(ROOT));
		driver.clickMenu(fixture.shell, "Edit", "Paste");
		driver.waitUntil("a copy of Adele", () -> driver.onUi(() -> model().getUsers().size()) == 2);
		User copy = driver.onUi(() -> model().getUsers().get(1));
		assertEquals("adelev@contoso.com", driver.onUi(copy::getUserPrincipalName));

		driver.click(fixture.treeItem("CONTOSO-FD-002 (Windows 10, Wi-Fi)"));
		driver.clickMenu(fixture.shell, "Edit", "Cut");
		driver.waitUntil("the device to be cut", () -> driver.onUi(() -> model().getDevices().size()) == 1);
		driver.click(fixture.treeItem(ROOT));
		driver.clickMenu(fixture.shell, "Edit", "Paste");
		driver.waitUntil("the device to be pasted back", () -> fixture.names(driver.onUi(() -> model().getDevices()))
				.contains("CONTOSO-FD-002"));
	}

}
