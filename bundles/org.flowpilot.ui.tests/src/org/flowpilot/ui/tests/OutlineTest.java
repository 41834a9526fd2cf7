package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Step;
import org.flowpilot.model.query.FlowOrder;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.WidgetIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Outline shows the model as the editor's tree does, a flow's steps in flow order in both, and Link with Editor
 * keeps the two selections together until it is turned off.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OutlineTest {

	private EditorFixture fixture;
	private SwtDriver driver;
	private FormEditor editor;

	@BeforeEach
	void open() throws Exception {
		fixture = new EditorFixture("Outline test");
		driver = fixture.driver;
		IFile file = fixture.copyOfExample("outline.autopilot");
		editor = fixture.open(file);
		driver.onUi(() -> fixture.page.showView(IPageLayout.ID_OUTLINE));
		// Beside the editor, as a user follows it: a test before may have left the Outline's stack minimized (a view
		// maximized), and a hidden Outline follows the editor only when it shows again.
		driver.runOnUi(() -> fixture.page.setPartState(fixture.page.findViewReference(IPageLayout.ID_OUTLINE),
				IWorkbenchPage.STATE_RESTORED));
		driver.runOnUi(() -> fixture.page.activate(editor));
		fixture.showPage(editor, "Model");
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		fixture.delete();
	}

	@Test
	void aFlowsStepsAreListedInFlowOrderNotInTheOrderTheyWereCreated() {
		Flow flow = driver.onUi(() -> fixture.modelOf(editor).getFlows().get(0));
		Step start = driver.onUi(flow::getStart);
		// As if the first step had been drawn last: it moves to the end of the flow's list of steps.
		driver.runOnUi(() -> ((IEditingDomainProvider) editor).getEditingDomain().getCommandStack().execute(
				MoveCommand.create(((IEditingDomainProvider) editor).getEditingDomain(), flow,
						FlowpilotPackage.Literals.FLOW__STEPS, start, flow.getSteps().size() - 1)));
		driver.waitUntil("the start step to be last in the flow's list",
				() -> driver.onUi(() -> flow.getSteps().get(flow.getSteps().size() - 1)) == start);
		List<Step> inFlowOrder = driver.onUi(() -> FlowOrder.steps(flow));
		assertNotEquals(driver.onUi(() -> List.copyOf(flow.getSteps())), inFlowOrder,
				"the test needs a created order that differs from the flow order");

		for (String treeId : List.of(WidgetIds.MODEL_TREE, WidgetIds.OUTLINE_TREE)) {
			TreeItem flowItem = item(treeId, flow);
			// The move revealed the moved step, which may have opened the flow already.
			if (!driver.onUi(flowItem::getExpanded)) {
				fixture.expand(flowItem);
			}
			List<Object> shown = driver.onUi(() -> Arrays.stream(flowItem.getItems()).map(TreeItem::getData)
					.filter(Step.class::isInstance).toList());
			assertEquals(inFlowOrder, shown, "the steps in " + treeId);
			assertEquals(start, shown.get(0), "the first step in " + treeId);
		}
		fixture.screenshot("outline-flow-order");
	}

	@Test
	void linkWithEditorFollowsBothWaysUntilItIsTurnedOff() {
		Object user = driver.onUi(() -> fixture.modelOf(editor).getUsers().get(0));
		Object device = driver.onUi(() -> fixture.modelOf(editor).getDevices().get(0));
		Object profile = driver.onUi(() -> fixture.modelOf(editor).getProfiles().get(0));

		clickLabel(item(WidgetIds.MODEL_TREE, user));
		driver.waitUntil("the Outline to follow the editor", () -> selected(WidgetIds.OUTLINE_TREE).equals(List.of(user)));

		clickLabel(item(WidgetIds.OUTLINE_TREE, device));
		driver.waitUntil("the editor to follow the Outline",
				() -> selected(WidgetIds.MODEL_TREE).equals(List.of(device)));

		// By the action's id: the Project Explorer has a Link with Editor button of its own, off by default.
		ToolItem link = driver.find(ToolItem.class, tool -> tool.getData() instanceof IContributionItem item
				&& "org.flowpilot.ui.outline.link".equals(item.getId()) && tool.getParent().isVisible(),
				"the Outline's Link with Editor button");
		assertTrue(driver.onUi(link::getSelection), "Link with Editor starts on");
		driver.click(link);
		driver.waitUntil("Link with Editor to turn off", () -> !driver.onUi(link::getSelection));

		clickLabel(item(WidgetIds.MODEL_TREE, profile));
		driver.waitUntil("the editor to select the profile",
				() -> selected(WidgetIds.MODEL_TREE).equals(List.of(profile)));
		// Both parts have handled the click by now; unlinked, the Outline keeps its own selection.
		driver.runOnUi(() -> { });
		assertEquals(List.of(device), selected(WidgetIds.OUTLINE_TREE), "the Outline followed while unlinked");
		fixture.screenshot("outline-unlinked");

		driver.click(link);
		driver.waitUntil("turning Link with Editor on again to catch up with the editor",
				() -> selected(WidgetIds.OUTLINE_TREE).equals(List.of(profile)));
	}

	@Test
	void aHiddenOutlineCatchesUpWithTheEditorWhenItShowsAgain() {
		Object user = driver.onUi(() -> fixture.modelOf(editor).getUsers().get(0));
		Object device = driver.onUi(() -> fixture.modelOf(editor).getDevices().get(0));
		clickLabel(item(WidgetIds.MODEL_TREE, user));
		driver.waitUntil("the Outline to follow the editor", () -> selected(WidgetIds.OUTLINE_TREE).equals(List.of(user)));

		IViewReference outline = driver.onUi(() -> fixture.page.findViewReference(IPageLayout.ID_OUTLINE));
		driver.runOnUi(() -> fixture.page.setPartState(outline, IWorkbenchPage.STATE_MINIMIZED));
		driver.waitUntil("the Outline to be hidden", () -> driver.onUi(() -> !outlineTree().isVisible()));
		clickLabel(item(WidgetIds.MODEL_TREE, device));
		driver.waitUntil("the editor to select the device", () -> selected(WidgetIds.MODEL_TREE).equals(List.of(device)));
		// Both parts have handled the click by now: the hidden Outline has not spent the UI thread on it.
		driver.runOnUi(() -> { });
		assertEquals(List.of(user), driver.onUi(() -> Arrays.stream(outlineTree().getSelection()).map(TreeItem::getData)
				.toList()), "the hidden Outline followed at once");

		driver.runOnUi(() -> fixture.page.setPartState(outline, IWorkbenchPage.STATE_RESTORED));
		driver.waitUntil("the Outline shown again to catch up with the editor",
				() -> selected(WidgetIds.OUTLINE_TREE).equals(List.of(device)));
	}

	/** The Outline's tree of this test's editor, shown or not. */
	private Tree outlineTree() {
		Object model = fixture.modelOf(editor);
		return driver.findNow(Tree.class, tree -> WidgetIds.OUTLINE_TREE.equals(tree.getData(SwtDriver.ID_KEY))
				&& tree.getItemCount() > 0 && tree.getItem(0).getData() == model).orElseThrow();
	}

	// The Outline is narrower than its labels: the middle of a long label is off the screen, its start is not.
	private void clickLabel(TreeItem item) {
		Point start = driver.onUi(() -> {
			item.getParent().showItem(item);
			Rectangle bounds = item.getBounds();
			return item.getParent().toDisplay(bounds.x + Math.min(bounds.width / 2, 30), bounds.y + bounds.height / 2);
		});
		driver.clickAt(start);
	}

	private TreeItem item(String treeId, Object element) {
		return driver.find(TreeItem.class, item -> treeId.equals(item.getParent().getData(SwtDriver.ID_KEY))
				&& item.getParent().isVisible() && item.getData() == element, "the item of " + element + " in " + treeId);
	}

	private List<Object> selected(String treeId) {
		return driver.onUi(() -> driver.findNow(Tree.class,
				tree -> treeId.equals(tree.getData(SwtDriver.ID_KEY)) && tree.isVisible())
				.map(tree -> Arrays.stream(tree.getSelection()).map(TreeItem::getData).toList())
				.orElse(List.of()));
	}
}
