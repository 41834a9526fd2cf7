package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.JoinType;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotPreferences;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Validation where Eclipse users look for it: problems appear as markers while editing, the Problems view leads to
 * the element, a quick fix fixes it and the marker goes, and the tree shows the problem on the element.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ValidationTest {

	private static final String RULE = "AP03";

	private EditorFixture fixture;
	private SwtDriver driver;
	private FormEditor editor;
	private IFile file;

	@BeforeEach
	void open() throws Exception {
		fixture = new EditorFixture("Validation test");
		driver = fixture.driver;
		file = fixture.copyOfExample("invalid.autopilot");
		editor = fixture.open(file);
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		fixture.delete();
	}

	private Optional<IMarker> marker(String ruleId) {
		try {
			return Arrays.stream(file.findMarkers(FlowpilotUi.MODEL_PROBLEM_MARKER, false, IResource.DEPTH_ZERO))
					.filter(marker -> ruleId.equals(marker.getAttribute("ruleId", ""))).findFirst();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private DeploymentProfile profile() {
		return driver.onUi(() -> fixture.modelOf(editor).getProfiles().get(0));
	}

	@Test
	void aProblemMadeWhileEditingBecomesAMarkerThatLeadsToTheElementAndIsQuickFixed() throws Exception {
		assertTrue(marker(RULE).isEmpty(), "the example has no " + RULE + " problem");
		// Hybrid join ignores the device name template the Contoso profile applies.
		fixture.choose(fixture.byId(Combo.class, "setting.joinType"), "Microsoft Entra hybrid joined");
		IMarker marker = driver.waitFor("the " + RULE + " marker while editing, without saving", () -> marker(RULE));
		assertTrue(driver.onUi(editor::isDirty), "validated without saving");
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("/profiles['Contoso pre-provisioned Entra join']", marker.getAttribute(IMarker.LOCATION, ""));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").endsWith("[" + RULE + "]"));

		// In the Model page the tree shows the problem on the profile and on the model above it.
		fixture.showPage(editor, "Model");
		TreeItem adele = fixture.treeItem("Adele Vance <adelev@contoso.com>, MFA");
		driver.click(adele);
		TreeItem root = fixture.treeItem("Contoso (Contoso)");
		assertTrue(driver.onUi(() -> root.getImage() != null));

		driver.onUi(() -> fixture.page.showView(IPageLayout.ID_PROBLEM_VIEW));
		TreeItem problem = problemItem();
		driver.click(problem);
		fixture.screenshot("problems-view");
		fixture.doubleClick(problem);
		driver.waitUntil("the double-click to select the profile in the tree", () -> driver.onUi(() -> editor
				.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DeploymentProfile));
		assertEquals(FlowpilotUi.MODEL_TREE_PAGE_ID, driver.onUi(() -> editor.getActivePageInstance().getId()));

		driver.onUi(() -> fixture.page.showView(IPageLayout.ID_PROBLEM_VIEW));
		fixture.contextMenu(problemItem(), "Quick Fix");
		Shell quickFix = driver.findShell("Quick Fix");
		fixture.screenshot("quick-fix");
		driver.click(driver.find(Button.class, button -> button.getShell() == quickFix
				&& "Finish".equals(button.getText().replace("&", "")), "the Quick Fix dialog's Finish"));
		driver.waitUntil("the quick fix to turn the template off", () -> !driver.onUi(() -> profile()
				.isApplyDeviceNameTemplate()));
		driver.waitUntil("the marker to go", () -> marker(RULE).isEmpty());

		driver.clickMenu(fixture.shell, "Edit", "Undo Set");
		driver.waitUntil("undoing the fix to bring the problem back", () -> marker(RULE).isPresent());
	}

	@Test
	void validateRunsOnDemandFromTheEditorsContextMenu() throws Exception {
		fixture.showPage(editor, "Model");
		// Switch off validation while editing: only Validate finds the problem then.
		InstanceScope.INSTANCE.getNode(FlowpilotUi.PLUGIN_ID)
				.putBoolean(FlowpilotPreferences.VALIDATE_WHILE_EDITING, false);
		try {
			driver.runOnUi(() -> profile().setJoinType(JoinType.ENTRA_HYBRID_JOINED));
			assertTrue(marker(RULE).isEmpty());
			TreeItem root = fixture.treeItem("Contoso (Contoso)");
			driver.click(root);
			fixture.rightClick(root);
			driver.click(driver.find(MenuItem.class, item -> "Validate".equals(item.getText()
					.replace("&", "")) && item.getParent().isVisible(), "Validate in the context menu"));
			driver.waitFor("Validate to mark the problem", () -> marker(RULE));
		} finally {
			InstanceScope.INSTANCE.getNode(FlowpilotUi.PLUGIN_ID)
					.remove(FlowpilotPreferences.VALIDATE_WHILE_EDITING);
		}
	}

	private TreeItem problemItem() {
		// The Problems view groups problems by severity; its groups open with the arrow key, as a person would.
		TreeItem warnings = driver.find(TreeItem.class, item -> item.getText().startsWith("Warnings")
				&& item.getParent().isVisible(), "the Warnings group in Problems");
		if (!driver.onUi(warnings::getExpanded)) {
			fixture.expand(warnings);
		}
		return driver.find(TreeItem.class, item -> item.getText().contains("[" + RULE + "]")
				&& item.getParent().isVisible() && item.getParent().getData(SwtDriver.ID_KEY) == null, "the " + RULE + " problem in Problems");
	}
}
