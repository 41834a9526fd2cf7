package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;


import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dragging elements in the model tree, undoable. It runs last in {@link AllTests}: after a drag through XTest on Xvfb
 * (no window manager), GTK stops taking some XTest input for the rest of the session (key presses such as arrows,
 * Escape and Shift+F10, at times the right-click menu), and tests after it that use them time out.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DragAndDropTest {

	private EditorFixture fixture;
	private SwtDriver driver;
	private FormEditor editor;

	@BeforeEach
	void open() throws Exception {
		fixture = new EditorFixture("Drag and drop test");
		driver = fixture.driver;
		editor = fixture.open(fixture.copyOfExample("drag.autopilot"));
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
	void draggingAnAppMovesItToAnotherPhase() {
		expand(fixture.treeItem("Contoso ESP (priority 1, error after 60 min)"));
		expand(fixture.treeItem("Account setup — 4 tracked items"));
		TreeItem toDo = fixture.treeItem("Microsoft To Do (Microsoft Store app, User context, ~2 min)");
		TreeItem setup = fixture.treeItem("Device setup — 7 tracked items");
		fixture.drag(toDo, setup);
		driver.waitUntil("the app to move to Device setup", () -> driver.onUi(() -> fixture.names(phase(EspPhaseKind
				.DEVICE_SETUP).getTrackedItems())).contains("Microsoft To Do"));
		assertFalse(fixture.names(driver.onUi(() -> phase(EspPhaseKind.ACCOUNT_SETUP).getTrackedItems()))
				.contains("Microsoft To Do"));
		driver.clickMenu(fixture.shell, "Edit", "Undo Drag and Drop");
		driver.waitUntil("undo to move it back", () -> fixture.names(driver.onUi(() -> phase(EspPhaseKind.ACCOUNT_SETUP)
				.getTrackedItems())).contains("Microsoft To Do"));
	}

	private void expand(TreeItem item) {
		driver.click(item);
		driver.pressKey(SWT.ARROW_RIGHT);
		driver.waitUntil(driver.onUi(item::getText) + " to open", () -> driver.onUi(item::getExpanded));
	}

	private EspPhase phase(EspPhaseKind kind) {
		return model().getEnrollmentStatusPages().get(0).getPhases().stream().filter(p -> p.getKind() == kind)
				.findFirst().orElseThrow();
	}
}
