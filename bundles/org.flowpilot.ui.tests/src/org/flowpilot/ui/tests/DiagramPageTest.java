package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.internal.diagram.AssignmentDiagramPage;
import org.flowpilot.ui.internal.diagram.FlowDiagramPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The diagram pages of the model editor, driven as a person would: the flow diagram opened from the tree's context
 * menu, a step created from the palette with real clicks into the SWT Browser, Edit > Undo, and the selection
 * followed between the diagram, the Outline and the Properties view.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DiagramPageTest {

    private static final String FLOW_LABEL = "Pre-provisioning technician flow — 21 steps";
    private static final String FLOW_BROWSER = "diagramPage.browser." + FlowDiagramPage.ID;
    private static final String ASSIGNMENT_BROWSER = "diagramPage.browser." + AssignmentDiagramPage.ID;

    private EditorFixture fixture;
    private SwtDriver driver;
    private FormEditor editor;
    private Flow flow;

    @BeforeEach
    void open() throws Exception {
        fixture = new EditorFixture("DiagramPageTest");
        driver = fixture.driver;
        IFile file = fixture.copyOfExample("contoso-diagrams.autopilot");
        editor = fixture.open(file);
        driver.onUi(() -> fixture.page.showView(IPageLayout.ID_PROP_SHEET));
        driver.runOnUi(() -> editor.getSite().getPage().activate(editor));
        fixture.showPage(editor, "Model");
        flow = driver.onUi(() -> fixture.modelOf(editor).getFlows().get(0));
    }

    @AfterEach
    void closeAndDelete() throws Exception {
        // A test that maximized the editor gives the views back to the next one.
        driver.runOnUi(() -> {
            if (fixture.page.getReference(editor) != null) {
                fixture.page.setPartState(fixture.page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
            }
        });
        fixture.delete();
    }

    private Object evaluate(Browser browser, String script) {
        return driver.onUi(() -> browser.evaluate(script));
    }

    /** Waits for the diagram in {@code browser} to be drawn. */
    private Browser diagram(String browserId) {
        Browser browser = driver.find(Browser.class, b -> browserId.equals(b.getData(SwtDriver.ID_KEY))
                && b.isVisible(), "the diagram browser " + browserId);
        // The first diagram also starts the workbench's diagram server: more than the usual ten seconds on a busy
        // machine.
        new SwtDriver(driver.display(), Duration.ofSeconds(40)).waitUntil("the diagram in " + browserId + " to be drawn", () -> Boolean.TRUE.equals(evaluate(browser,
                "return document.body.dataset.diagramReady === 'true' && document.querySelectorAll("
                        + "'#fp-diagram g.fp-node').length > 0;")));
        return browser;
    }

    /** The display point of the window point the script returns as [x, y]. */
    private Point onDisplay(Browser browser, String script) {
        Object[] point = (Object[]) evaluate(browser, script);
        return driver.onUi(() -> browser.toDisplay((int) Math.round((Double) point[0]),
                (int) Math.round((Double) point[1])));
    }

    private Point nodeCenter(Browser browser, String id) {
        evaluate(browser, "flowpilot.reveal('" + id + "');");
        String body = "document.querySelector('#fp-diagram [id=\"fp-diagram_" + id + "\"] > .fp-body')";
        driver.waitUntil("the node " + id + " to be scrolled into the window", () -> Boolean.TRUE.equals(evaluate(
                browser, "var b = " + body + "; if (!b) { return false; } var r = b.getBoundingClientRect();"
                        + " var x = r.x + r.width / 2, y = r.y + r.height / 2; var hit = document.elementFromPoint(x, y);"
                        + " return r.width > 0 && x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight"
                        + " && hit !== null && hit.closest('g.fp-node') === b.parentNode;")));
        return onDisplay(browser, "var r = " + body + ".getBoundingClientRect();"
                + " return [r.x + r.width / 2, r.y + r.height / 2];");
    }

    private String idOf(EObject element) {
        return driver.onUi(() -> element.eResource().getURIFragment(element));
    }

    @Test
    void theFlowDiagramOpensFromTheTreeAndAPaletteStepIsUndoneFromTheEditMenu() {
        // The whole window for the editor: room for the diagram and its palette.
        driver.runOnUi(() -> fixture.page.setPartState(fixture.page.getReference(editor),
                IWorkbenchPage.STATE_MAXIMIZED));
        TreeItem flowItem = fixture.treeItem(FLOW_LABEL);
        driver.clickContextMenu(flowItem, "Open Diagram");
        driver.waitUntil("the Flow diagram page to be active",
                () -> driver.onUi(() -> editor.getActivePageInstance() instanceof FlowDiagramPage));
        Browser browser = diagram(FLOW_BROWSER);
        int steps = driver.onUi(() -> flow.getSteps().size());

        Point desktop = onDisplay(browser, "var b = Array.from(document.querySelectorAll('.tool-palette"
                + " .tool-button')).find(function (e) { return /Desktop$/.test(e.textContent); });"
                + " var palette = document.querySelector('.tool-palette'); palette.scrollTop = b.offsetTop - 40;"
                + " var r = b.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2];");
        driver.clickAt(desktop);
        // An empty spot of the canvas, away from nodes and the palette.
        Point empty = onDisplay(browser, "var svg = document.querySelector('#fp-diagram svg');"
                + " var box = svg.getBoundingClientRect(); var palette = document.querySelector('.tool-palette')"
                + ".getBoundingClientRect();"
                + " function free(x, y) { for (var dx = -130; dx <= 130; dx += 65) { for (var dy = -40; dy <= 40;"
                + " dy += 40) { var e = document.elementFromPoint(x + dx, y + dy); if (!e || e.closest('g.fp-node')"
                + " || e.closest('.tool-palette') || e.closest('.sprotty-edge')) { return false; } } } return true; }"
                + " for (var y = box.y + 60; y < box.bottom - 60; y += 30) { for (var x = box.x + 150; x < palette.x"
                + " - 150; x += 30) { if (free(x, y)) { return [x, y]; } } } return [box.x + 150, box.bottom - 60];");
        driver.clickAt(empty);
        driver.waitUntil("the new Desktop step in the model", () -> driver.onUi(() -> flow.getSteps().size())
                == steps + 1);
        Step created = driver.onUi(() -> flow.getSteps().get(steps));
        assertEquals("Desktop", driver.onUi(created::getName));
        driver.waitUntil("the editor to become dirty", () -> driver.onUi(editor::isDirty));
        String createdId = idOf(created);
        driver.waitUntil("the new step on the diagram", () -> Boolean.TRUE.equals(evaluate(browser,
                "return flowpilot.elements('node:step').indexOf('" + createdId + "') >= 0;")));
        driver.screenshot("workbench-flow-diagram");

        driver.clickMenu(fixture.shell, "Edit", "Undo Create Desktop");
        driver.waitUntil("undo to take the step away", () -> driver.onUi(() -> flow.getSteps().size()) == steps);
        driver.waitUntil("undo to leave the editor clean", () -> !driver.onUi(editor::isDirty));
        driver.waitUntil("the step to leave the diagram", () -> Boolean.TRUE.equals(evaluate(browser,
                "return flowpilot.elements('node:step').indexOf('" + createdId + "') < 0;")));
    }

    @Test
    void theSelectionFollowsBetweenDiagramOutlineAndProperties() {
        fixture.showPage(editor, "Flow diagram");
        Browser browser = diagram(FLOW_BROWSER);
        Step networkCheck = driver.onUi(() -> flow.getSteps().stream()
                .filter(s -> "Network check".equals(s.getName())).findFirst().orElseThrow());
        String networkCheckId = idOf(networkCheck);
        driver.clickAt(nodeCenter(browser, networkCheckId));
        driver.waitUntil("the diagram to select the clicked step", () -> Boolean.TRUE.equals(evaluate(browser,
                "return flowpilot.selection().join(',') === '" + networkCheckId + "';")));
        driver.waitUntil("the editor's selection to be the clicked step", () -> driver.onUi(() -> {
            IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider()
                    .getSelection();
            return selection.size() == 1 && selection.getFirstElement() == networkCheck;
        }));
        // The Properties view is the only two-column tree of the workbench; its rows are made anew for each
        // selection, so the Name row is looked up again each time.
        driver.waitUntil("the Properties view to show the step", () -> driver.onUi(() -> driver.findNow(
                TreeItem.class, item -> item.getParent().getColumnCount() == 2 && item.getParent().isVisible()
                        && "Name".equals(item.getText(0)) && "Network check".equals(item.getText(1))).isPresent()));

        driver.onUi(() -> fixture.page.showView(IPageLayout.ID_OUTLINE));
        driver.runOnUi(() -> editor.getSite().getPage().activate(editor));
        TreeItem inOutline = fixture.treeItem(WidgetIds.OUTLINE_TREE, "Network check");
        driver.waitUntil("the Outline to follow the diagram", () -> driver.onUi(() -> List.of(
                inOutline.getParent().getSelection()).contains(inOutline)));

        Step reseal = driver.onUi(() -> flow.getSteps().stream().filter(s -> "Reseal".equals(s.getName()))
                .findFirst().orElseThrow());
        driver.click(fixture.treeItem(WidgetIds.OUTLINE_TREE, "Reseal"));
        String resealId = idOf(reseal);
        driver.waitUntil("the diagram to select what the Outline selected", () -> Boolean.TRUE.equals(evaluate(
                browser, "return flowpilot.selection().join(',') === '" + resealId + "';")));
    }

    @Test
    void theDeleteKeyInTheDiagramDeletesTheClickedStepWithItsTransitionsAndCtrlZBringsThemBack() {
        fixture.showPage(editor, "Flow diagram");
        Browser browser = diagram(FLOW_BROWSER);
        Step reboot = driver.onUi(() -> flow.getSteps().stream()
                .filter(s -> "Critical update reboot".equals(s.getName())).findFirst().orElseThrow());
        String rebootId = idOf(reboot);
        int steps = driver.onUi(() -> flow.getSteps().size());
        int transitions = driver.onUi(() -> flow.getTransitions().size());
        int joined = driver.onUi(() -> reboot.getIncoming().size() + reboot.getOutgoing().size());
        assertTrue(joined > 0, "the step has transitions to take with it");

        driver.clickAt(nodeCenter(browser, rebootId));
        driver.waitUntil("the diagram to select the clicked step", () -> Boolean.TRUE.equals(evaluate(browser,
                "return flowpilot.selection().join(',') === '" + rebootId + "';")));
        driver.pressKey(SWT.DEL);
        driver.waitUntil("Delete to take the step and its transitions out of the model", () -> driver.onUi(
                () -> flow.getSteps().size() == steps - 1 && flow.getTransitions().size() == transitions - joined));
        driver.waitUntil("the step to leave the drawn diagram", () -> Boolean.TRUE.equals(evaluate(browser,
                "return flowpilot.elements('node:step').indexOf('" + rebootId + "') < 0"
                        + " && document.querySelector('#fp-diagram [id=\"fp-diagram_" + rebootId + "\"]') === null;")));
        driver.waitUntil("the editor to become dirty", () -> driver.onUi(editor::isDirty));
        driver.screenshot("workbench-flow-diagram-after-delete");

        driver.pressKey('z', SWT.CTRL);
        driver.waitUntil("Ctrl+Z to bring the step and its transitions back", () -> driver.onUi(
                () -> flow.getSteps().contains(reboot) && flow.getTransitions().size() == transitions));
        driver.waitUntil("the step to come back to the diagram", () -> Boolean.TRUE.equals(evaluate(browser,
                "return flowpilot.elements('node:step').indexOf('" + rebootId + "') >= 0;")));
        driver.waitUntil("undo to leave the editor clean", () -> !driver.onUi(editor::isDirty));
    }

    @Test
    void theAssignmentsPageDrawsProfilesGroupsDevicesAndUsers() {
        driver.runOnUi(() -> fixture.page.setPartState(fixture.page.getReference(editor),
                IWorkbenchPage.STATE_MAXIMIZED));
        fixture.showPage(editor, "Assignments");
        Browser browser = diagram(ASSIGNMENT_BROWSER);
        Object groups = evaluate(browser, "return flowpilot.elements('node:group').length;");
        assertEquals(2.0, groups);
        assertTrue(Boolean.TRUE.equals(evaluate(browser,
                "return flowpilot.elements('edge:assignment').length >= 2;")));
        driver.screenshot("workbench-assignment-diagram");
    }
}
