package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.Scenario;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.internal.preview.ScreenPreviewView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Screen preview view, driven with real clicks: a scenario picked in the model tree runs, its steps fill the
 * list, and each step's screen appears in the browser as the markup contract says.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ScreenPreviewViewTest {

	private static final String TREE_ID = "modelEditor.tree";
	private static final String ADELE = "Adele signs in to her laptop";

	private SwtDriver driver;
	private IWorkbenchPage page;
	private IProject project;
	private IEditorPart editor;
	private ScreenPreviewView view;

	@BeforeEach
	void openTheExampleAndTheView() throws Exception {
		driver = SwtDriver.forWorkbench();
		page = driver.waitFor("an active workbench page", () -> driver.onUi(() -> Optional
				.ofNullable(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).map(w -> w.getActivePage())));
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Screen preview test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("contoso-preview.autopilot");
		try (InputStream contoso = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
			file.create(contoso, true, null);
		}
		editor = driver.onUi(() -> IDE.openEditor(page, file));
		// The model editor opens on the Profile page; the scenarios are picked in its Model page's tree.
		driver.runOnUi(() -> ((FormEditor) editor).setActivePage(FlowpilotUi.MODEL_TREE_PAGE_ID));
		view = driver.onUi(() -> (ScreenPreviewView) page.showView(ScreenPreviewView.ID));
		driver.runOnUi(() -> page.activate(editor));
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		driver.runOnUi(() -> {
			page.hideView(view);
			page.closeEditor(editor, false);
		});
		project.delete(true, true, null);
	}

	@Test
	void aScenarioPickedInTheTreeShowsEachScreenOfItsRun() {
		driver.click(scenarioItem(ADELE));
		Table steps = driver.findById(Table.class, "screenPreview.steps");
		driver.waitUntil("the steps of Adele's run in the list", () -> driver.onUi(steps::getItemCount) >= 10);
		driver.waitUntil("the first screen shown, selected first", () -> "language-region".equals(shownScreen()));
		// Room for the whole list and a screen large enough to read in the screenshots.
		driver.runOnUi(() -> page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED));

		driver.click(stepRow(steps, "Microsoft Entra sign-in"));
		driver.waitUntil("the sign-in page in the browser", () -> "entra-sign-in".equals(shownScreen()));
		assertEquals("11", evaluate("return document.querySelector('section.screen').dataset.windows"));
		assertEquals("adelev@contoso.com", evaluate("return document.querySelector('section.screen input').value"));
		assertEquals("Sign in", evaluate("return [...document.querySelectorAll('section.screen .actions button')]"
				+ ".map(b => b.textContent).join('|')"));
		screenshot("screen-preview-sign-in");

		driver.click(stepRow(steps, "ESP: Device setup"));
		driver.waitUntil("the ESP in the browser", () -> "esp".equals(shownScreen()));
		assertEquals("device-preparation=skipped device-setup=running account-setup=waiting", evaluate(
				"return [...document.querySelectorAll('[data-esp-phase]')].map(p => p.dataset.espPhase + '='"
						+ " + p.dataset.state).join(' ')"));
		screenshot("screen-preview-esp");

		driver.click(driver.find(ToolItem.class, item -> "Windows 10".equals(item.getText())
				|| "Windows 10".equals(item.getToolTipText()), "the Windows 10 button of the view"));
		driver.waitUntil("the run again on Windows 10",
				() -> "10".equals(evaluate("return document.querySelector('section.screen').dataset.windows")));
		driver.click(stepRow(steps, "Microsoft Entra sign-in"));
		driver.waitUntil("the Windows 10 sign-in page", () -> "entra-sign-in".equals(shownScreen()));
		assertEquals("Next", evaluate("return [...document.querySelectorAll('section.screen .actions button')]"
				+ ".map(b => b.textContent).join('|')"));
		screenshot("screen-preview-view");
	}

	/** Saves a screenshot once the browser has painted the page it holds (two animation frames later). */
	private void screenshot(String name) {
		evaluate("window.flowpilotPainted = false; requestAnimationFrame(() => requestAnimationFrame(() =>"
				+ " window.flowpilotPainted = true)); return true");
		driver.waitUntil("the browser to paint the screen", () -> "true".equals(evaluate("return window.flowpilotPainted")));
		driver.screenshot(name);
	}

	private String shownScreen() {
		return evaluate("var s = document.querySelector('section.screen'); return s ? s.dataset.screen : ''");
	}

	private String evaluate(String script) {
		Browser browser = driver.findById(Browser.class, "screenPreview.browser");
		return driver.onUi(() -> {
			Object value = browser.evaluate(script);
			return value == null ? null : value.toString();
		});
	}

	private TreeItem scenarioItem(String name) {
		return driver.find(TreeItem.class, item -> TREE_ID.equals(item.getParent().getData(SwtDriver.ID_KEY))
				&& item.getParent().isVisible() && item.getData() instanceof Scenario scenario
				&& name.equals(scenario.getName()), "the scenario '" + name + "' in the model tree");
	}

	private TableItem stepRow(Table steps, String name) {
		return driver.find(TableItem.class, item -> item.getParent() == steps
				&& item.getData() instanceof StepRecord record && name.equals(record.name()),
				"the step '" + name + "' in the preview's list");
	}
}
