package org.flowpilot.debug.tests;

import java.util.Optional;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.debug.internal.model.SimulationTarget;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.Step;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.simulation.SimulationFocus;
import org.flowpilot.ui.simulation.SimulationState;

/**
 * The running workbench as a person debugging a scenario sees it: the model editor's tree, the Debug view's
 * toolbar, the Variables view, the Timeline and the Screen Preview, found and read through their widgets.
 */
final class SimulationWorkbench {

	private static final String OWNING_PART = "modelElement";

	final SwtDriver driver = SwtDriver.forWorkbench();
	final IWorkbenchPage page;
	final Sessions sessions;
	private IEditorPart editor;

	SimulationWorkbench(Sessions sessions) {
		this.sessions = sessions;
		page = driver.waitFor("an active workbench page", () -> driver.onUi(() -> Optional
				.ofNullable(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).map(w -> w.getActivePage())));
	}

	/** Opens the model in its editor and shows the Model (tree) page. */
	void openModel() {
		editor = driver.onUi(() -> IDE.openEditor(page, sessions.model));
		CTabItem tab = driver.find(CTabItem.class, item -> "Model".equals(item.getText())
				&& item.getParent().isVisible() && (item.getParent().getStyle() & SWT.BOTTOM) != 0,
				"the editor page tab 'Model'");
		driver.click(tab);
		driver.waitUntil("the Model page to be active", () -> driver.onUi(
				() -> "Model".equals(((FormEditor) editor).getActivePageInstance().getTitle())));
	}

	/** Closes the editors and goes back to the Design perspective, as a fresh start. */
	void close() {
		driver.runOnUi(() -> {
			page.closeAllEditors(false);
			var registry = PlatformUI.getWorkbench().getPerspectiveRegistry();
			var simulation = registry.findPerspectiveWithId(FlowpilotDebug.SIMULATION_PERSPECTIVE_ID);
			page.setPerspective(registry.findPerspectiveWithId(FlowpilotUi.DESIGN_PERSPECTIVE_ID));
			if (simulation != null) {
				page.closePerspective(simulation, false, false);
			}
		});
	}

	/** The item of a scenario in the model tree. */
	TreeItem scenarioItem(String name) {
		return driver.find(TreeItem.class, item -> WidgetIds.MODEL_TREE.equals(item.getParent().getData(
				SwtDriver.ID_KEY)) && item.getParent().isVisible() && item.getData() instanceof Scenario scenario
				&& name.equals(scenario.getName()), "the scenario '" + name + "' in the model tree");
	}

	/** The item of a flow step in the model tree, its flow expanded first. */
	TreeItem stepItem(String name) {
		return driver.find(TreeItem.class, item -> WidgetIds.MODEL_TREE.equals(item.getParent().getData(
				SwtDriver.ID_KEY)) && item.getParent().isVisible() && item.getData() instanceof Step step
				&& name.equals(step.getName()), "the step '" + name + "' in the model tree");
	}

	/** The step selected in the model tree, or null. */
	Step selectedStep() {
		return driver.findNow(Tree.class, tree -> WidgetIds.MODEL_TREE.equals(tree.getData(SwtDriver.ID_KEY))
				&& tree.isVisible()).map(tree -> driver.onUi(() -> tree.getSelectionCount() == 1
						&& tree.getSelection()[0].getData() instanceof Step step ? step : null)).orElse(null);
	}

	/** Waits for the Simulation perspective. */
	void awaitSimulationPerspective() {
		driver.waitUntil("the Simulation perspective", () -> driver.onUi(() -> page.getPerspective() != null
				&& FlowpilotDebug.SIMULATION_PERSPECTIVE_ID.equals(page.getPerspective().getId())));
	}

	/** The simulation the run views follow. */
	SimulationTarget session() {
		return driver.waitFor("a simulation in focus", () -> Optional.ofNullable(
				PlatformUI.getWorkbench().getService(SimulationFocus.class).current())
				.filter(SimulationTarget.class::isInstance).map(SimulationTarget.class::cast));
	}

	/** Waits until the session is suspended {@code position} steps in, and the Debug view shows it. */
	SimulationState awaitSuspendedAt(SimulationTarget target, int position) {
		driver.waitUntil("the session suspended after step " + position, () -> target.isSuspended()
				&& target.state().position() == position);
		driver.waitUntil("the Debug view to show step " + position, () -> driver.findNow(TreeItem.class,
				item -> isInView(item.getParent(), IDebugUIConstants.ID_DEBUG_VIEW) && item.getText()
						.startsWith(position == 0 ? "Before the first step" : position + ". ")).isPresent());
		return target.state();
	}

	/**
	 * A button of the debug toolbar by the start of its tooltip, mnemonics left out ("Step Over", "Resume", "Step
	 * Back").
	 */
	ToolItem debugToolItem(String tooltip) {
		return driver.find(ToolItem.class, item -> item.getToolTipText() != null
				&& item.getToolTipText().replace("&", "").startsWith(tooltip) && item.getParent().isVisible()
				&& !item.isDisposed(), "the '" + tooltip + "' button of the debug toolbar");
	}

	/** Whether {@code control} lies in the view {@code viewId}: under the composite the workbench made for it. */
	static boolean isInView(Control control, String viewId) {
		for (Control current = control; current != null; current = current.getParent()) {
			// The workbench's renderers mark the composite of each part with its model element under this key.
			if (current.getData(OWNING_PART) instanceof MPart part
					&& viewId.equals(part.getElementId())) {
				return true;
			}
		}
		return false;
	}

	/** The value the Variables view shows for the top-level variable {@code name}. */
	String variable(String name) {
		TreeItem item = driver.find(TreeItem.class, candidate -> name.equals(nameOf(candidate))
				&& isInView(candidate.getParent(), IDebugUIConstants.ID_VARIABLE_VIEW),
				"the variable '" + name + "' in the Variables view");
		return driver.onUi(() -> valueOf(item));
	}

	private static String nameOf(TreeItem item) {
		String text = item.getText(0);
		int equals = text.indexOf(" = ");
		return item.getParent().getColumnCount() > 1 || equals < 0 ? text : text.substring(0, equals);
	}

	private static String valueOf(TreeItem item) {
		if (item.getParent().getColumnCount() > 1) {
			return item.getText(1);
		}
		String text = item.getText(0);
		int equals = text.indexOf(" = ");
		return equals < 0 ? "" : text.substring(equals + 3);
	}

	/** The Timeline's row of step {@code number}. */
	TableItem timelineRow(int number) {
		Table table = driver.findById(Table.class, "timeline.steps");
		return driver.find(TableItem.class, item -> item.getParent() == table && number == table.indexOf(item) + 1,
				"row " + number + " of the Timeline");
	}

	/** Runs {@code script} in the Screen Preview's browser and returns its value as a string. */
	String preview(String script) {
		Browser browser = driver.findById(Browser.class, "screenPreview.browser");
		return driver.onUi(() -> {
			Object value = browser.evaluate(script);
			return value == null ? null : value.toString();
		});
	}

	/** The id of the screen the Screen Preview shows, or empty. */
	String previewScreen() {
		return preview("var s = document.querySelector('section.screen'); return s ? s.dataset.screen : ''");
	}

	/** Saves a screenshot once the preview's browser has painted (two animation frames later). */
	void screenshot(String name) {
		preview("window.flowpilotPainted = false; requestAnimationFrame(() => requestAnimationFrame(() =>"
				+ " window.flowpilotPainted = true)); return true");
		driver.waitUntil("the browser to paint", () -> "true".equals(preview("return window.flowpilotPainted")));
		driver.screenshot(name);
	}

}
