package org.flowpilot.debug.tests;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Combo;
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
import org.flowpilot.testing.WaitTimeoutException;
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
	private static final String DIAGRAM_BROWSER = "diagramPage.browser.org.flowpilot.ui.pages.flowDiagram";

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

	/** Shows the editor's Flow diagram page with a click on its tab, and waits for its diagram. */
	void showFlowDiagram() {
		CTabItem tab = driver.find(CTabItem.class, item -> "Flow diagram".equals(item.getText())
				&& item.getParent().isVisible() && (item.getParent().getStyle() & SWT.BOTTOM) != 0,
				"the editor page tab 'Flow diagram'");
		driver.click(tab);
		// The first diagram also starts the workbench's diagram server: more than the usual wait on a busy machine.
		new SwtDriver(driver.display(), Duration.ofSeconds(40)).waitUntil("the flow diagram to be drawn",
				() -> "true".equals(diagram("return String(document.body.dataset.diagramReady === 'true'"
						+ " && document.querySelectorAll('#fp-diagram g.fp-node').length > 0)")));
	}

	/** The Flow diagram's browser. */
	Browser diagramBrowser() {
		return driver.find(Browser.class, b -> DIAGRAM_BROWSER.equals(b.getData(SwtDriver.ID_KEY)) && b.isVisible(),
				"the flow diagram's browser");
	}

	/** Runs {@code script} in the Flow diagram's browser and returns its value as a string. */
	String diagram(String script) {
		Browser browser = diagramBrowser();
		return driver.onUi(() -> {
			Object value = browser.evaluate(script);
			return value == null ? null : value.toString();
		});
	}

	/**
	 * The ids of the model elements the flow diagram marks with {@code highlight}, sorted, joined by spaces; from the
	 * diagram's model, as the diagram draws only the elements in its window.
	 */
	String highlighted(String highlight) {
		// While the page loads (a flow chosen, a reveal in another flow) it has no diagram yet.
		return diagram("return typeof flowpilot === 'undefined' ? '' : flowpilot.highlighted('" + highlight
				+ "').sort().join(' ')");
	}

	/** Whether the diagram draws the element {@code elementId}, in its window, with {@code highlight}. */
	boolean drawnWith(String elementId, String highlight) {
		return "true".equals(diagram("var e = document.querySelector('#fp-diagram [id=\"fp-diagram_" + elementId
				+ "\"]'); return String(e !== null && e.classList.contains('highlight-" + highlight + "'))"));
	}

	/** Clicks the node of the step {@code elementId} on the flow diagram, scrolled into view first. */
	void clickDiagramNode(String elementId) {
		diagram("flowpilot.reveal('" + elementId + "'); return true");
		String body = "document.querySelector('#fp-diagram [id=\"fp-diagram_" + elementId + "\"] > .fp-body')";
		driver.waitUntil("the node " + elementId + " to be in the window", () -> "true".equals(diagram("var b = " + body
				+ "; if (!b) { return 'false'; } var r = b.getBoundingClientRect(); var x = r.x + r.width / 2,"
				+ " y = r.y + r.height / 2; var hit = document.elementFromPoint(x, y); return String(r.width > 0"
				+ " && x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight && hit !== null"
				+ " && hit.closest('g.fp-node') === b.parentNode)")));
		Browser browser = driver.find(Browser.class, b -> DIAGRAM_BROWSER.equals(b.getData(SwtDriver.ID_KEY))
				&& b.isVisible(), "the flow diagram's browser");
		String[] point = diagram("var r = " + body + ".getBoundingClientRect(); return Math.round(r.x + r.width / 2)"
				+ " + ',' + Math.round(r.y + r.height / 2)").split(",");
		driver.clickAt(driver.onUi(() -> browser.toDisplay(Integer.parseInt(point[0]), Integer.parseInt(point[1]))));
	}

	/** Chooses the flow {@code name} in the Flow diagram page's chooser, with a click and the arrow keys. */
	void chooseFlow(String name) {
		Combo chooser = driver.findById(Combo.class, "diagramPage.flowChooser");
		int from = driver.onUi(chooser::getSelectionIndex);
		int to = driver.onUi(() -> Arrays.asList(chooser.getItems()).indexOf(name));
		if (to < 0) {
			throw new AssertionError("No flow '" + name + "' in the chooser");
		}
		if (to == from) {
			return;
		}
		driver.click(chooser);
		for (int i = 0; i < Math.abs(to - from); i++) {
			driver.pressKey(to > from ? SWT.ARROW_DOWN : SWT.ARROW_UP);
		}
		driver.pressKey(SWT.CR);
		driver.waitUntil("the chooser to show '" + name + "'", () -> name.equals(diagramFlow()));
	}

	/** A button of the model editor page's heading by its label, such as "Simulate". */
	ToolItem headingToolItem(String label) {
		return driver.find(ToolItem.class, item -> label.equals(item.getText()) && item.getParent().isVisible(),
				"the '" + label + "' button of the page heading");
	}

	/** The labels of the breakpoints the Breakpoints view lists. */
	List<String> breakpoints() {
		return driver.onUi(() -> driver.findNow(Tree.class, tree -> isInView(tree, IDebugUIConstants.ID_BREAKPOINT_VIEW))
				.map(tree -> Arrays.stream(tree.getItems()).map(TreeItem::getText).toList()).orElse(List.of()));
	}

		/** The title of the flow the diagram shows. */
	String diagramFlow() {
		Combo chooser = driver.findById(Combo.class, "diagramPage.flowChooser");
		return driver.onUi(chooser::getText);
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

	/** The Debug view's item of the stack frame at step {@code position}. */
	TreeItem debugViewFrame(int position) {
		return driver.find(TreeItem.class, item -> isInView(item.getParent(), IDebugUIConstants.ID_DEBUG_VIEW)
				&& item.getText().startsWith(position == 0 ? "Before the first step" : position + ". "),
				"the frame of step " + position + " in the Debug view");
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

	/**
	 * Where the keyboard focus is: "the Debug view", or the id of the part that has it and the control's type, or
	 * "nowhere".
	 */
	String focusOwner() {
		return driver.onUi(() -> {
			Control focused = driver.display().getFocusControl();
			if (focused == null) {
				return "nowhere";
			}
			if (isInView(focused, IDebugUIConstants.ID_DEBUG_VIEW)) {
				return "the Debug view";
			}
			for (Control current = focused; current != null; current = current.getParent()) {
				if (current.getData(OWNING_PART) instanceof MPart part) {
					return part.getElementId() + " (" + focused.getClass().getSimpleName() + ")";
				}
			}
			return focused.getClass().getSimpleName();
		});
	}

	/** Waits until the flow diagram's page has painted twice more: what it was asked to draw is on the screen. */
	void awaitDiagramPainted() {
		diagram("window.flowpilotPainted = false; requestAnimationFrame(() => requestAnimationFrame(() =>"
				+ " window.flowpilotPainted = true)); return true");
		driver.waitUntil("the diagram to paint", () -> "true".equals(diagram("return window.flowpilotPainted")));
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

	/**
	 * Expands the top-level variable {@code name} in the Variables view as a person does (a click on it, then the
	 * keypad's +) and gives the rows inside it as "name=value", once each row has been drawn.
	 */
	List<String> expandVariable(String name) {
		TreeItem item = driver.find(TreeItem.class, candidate -> name.equals(nameOf(candidate))
				&& candidate.getParentItem() == null && isInView(candidate.getParent(),
						IDebugUIConstants.ID_VARIABLE_VIEW), "the variable '" + name + "' in the Variables view");
		driver.click(item);
		driver.pressKey(SWT.KEYPAD_ADD);
		driver.waitUntil("the variable '" + name + "' to expand", () -> driver.onUi(() -> item.getExpanded()
				&& item.getItemCount() > 0));
		// The view fills its rows as it gets them: wait until every row has its name, else give the rows as they are.
		try {
			driver.waitUntil("the rows inside '" + name + "'", () -> driver.onUi(() -> Arrays.stream(item
					.getItems()).allMatch(row -> !nameOf(row).isEmpty())));
		} catch (WaitTimeoutException e) {
			// The caller's assertion shows the rows.
		}
		return driver.onUi(() -> Arrays.stream(item.getItems()).map(row -> nameOf(row) + "=" + valueOf(row))
				.toList());
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

	/** The Timeline's row of step {@code number}, scrolled into view. */
	TableItem timelineRow(int number) {
		Table table = driver.findById(Table.class, "timeline.steps");
		TableItem row = driver.find(TableItem.class, item -> item.getParent() == table && number == table.indexOf(item)
				+ 1, "row " + number + " of the Timeline");
		// Scrolled into view, as a person scrolls to the row before clicking it.
		driver.runOnUi(() -> table.showItem(row));
		return row;
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
