package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.model.User;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seam other bundles add model editor pages through: one editing domain, undo, dirty state and selection. */
@ExtendWith(ScreenshotOnFailure.class)
class ModelEditorPagesTest {

	private EditorFixture fixture;
	private FormEditor editor;

	@BeforeEach
	void openWithTheProbePage() throws Exception {
		fixture = new EditorFixture("Model editor pages test");
		ProbePage.Factory.enabled = true;
		try {
			editor = fixture.open(fixture.copyOfExample("pages.autopilot"));
		} finally {
			ProbePage.Factory.enabled = false;
		}
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		fixture.delete();
	}

	@Test
	void aContributedPageJoinsInTheDeclaredOrderAndSharesTheEditingDomain() {
		List<String> titles = fixture.pageTitles("Probe");
		assertEquals("Probe", titles.get(titles.size() - 1), "the probe's order 99 puts it last: " + titles);
		assertTrue(titles.indexOf("Model") >= 0 && titles.indexOf("Model") < titles.size() - 1, titles.toString());
		assertTrue(fixture.driver.onUi(() -> editor.findPage(FlowpilotUi.MODEL_TREE_PAGE_ID) != null));
		ProbePage probe = fixture.driver.onUi(() -> (ProbePage) editor.findPage(ProbePage.ID));
		assertSame(fixture.driver.onUi(() -> ((IEditingDomainProvider) editor).getEditingDomain()),
				probe.context.editingDomain());
	}

	@Test
	void aChangeOnTheContributedPageIsUndoneFromTheEditMenuAndShowsInTheTree() {
		fixture.showPage(editor, "Probe");
		fixture.driver.click(fixture.driver.findById(Button.class, ProbePage.RENAME_BUTTON_ID));
		fixture.driver.waitUntil("the editor to become dirty", () -> fixture.driver.onUi(editor::isDirty));
		assertEquals(ProbePage.NEW_NAME, fixture.driver.onUi(() -> fixture.modelOf(editor).getName()));

		fixture.showPage(editor, "Model");
		fixture.treeItem(ProbePage.NEW_NAME + " (Contoso)");
		fixture.driver.clickMenu(fixture.shell, "Edit", "Undo Set");
		fixture.driver.waitUntil("undo to leave the editor clean", () -> !fixture.driver.onUi(editor::isDirty));
		fixture.treeItem("Contoso (Contoso)");
		assertFalse(fixture.driver.onUi(editor::isDirty));
	}

	@Test
	void theContributedPagesSelectionIsTheEditorsSelection() {
		fixture.showPage(editor, "Probe");
		org.eclipse.swt.widgets.List users = fixture.driver.findById(org.eclipse.swt.widgets.List.class,
				ProbePage.USERS_ID);
		fixture.driver.click(users);
		// The workbench's selection service, which Properties and the other views listen to, hears it.
		fixture.driver.waitUntil("the workbench to see the probe's selection", () -> fixture.driver.onUi(
				() -> fixture.page.getSelection() instanceof IStructuredSelection selection
						&& selection.getFirstElement() instanceof User));
		User selected = (User) fixture.driver.onUi(() -> ((IStructuredSelection) fixture.page.getSelection())
				.getFirstElement());
		assertTrue(fixture.modelOf(editor).getUsers().contains(selected));

		fixture.showPage(editor, "Model");
		fixture.driver.waitUntil("the workbench to see the Model page's selection once it is active",
				() -> fixture.driver.onUi(() -> fixture.page.getSelection() instanceof IStructuredSelection selection
						&& !(selection.getFirstElement() instanceof User)));
	}
}
