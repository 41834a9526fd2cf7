package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.CommonNavigator;
import org.flowpilot.cli.diff.Cause;
import org.flowpilot.cli.diff.ModelDifference;
import org.flowpilot.cli.diff.ProfileDifference;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.internal.compare.ModelCompareViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Compare With on models, as a person does it in the Project Explorer: two models against each other, and a model
 * against its Local History, open the difference of what people see, with the screens side by side.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CompareModelsTest {

	private static final String PROJECT = "Compare test";
	private static final String BEFORE = "contoso-1-hidden.autopilot";
	private static final String AFTER = "contoso-2-shown.autopilot";

	private EditorFixture fixture;
	private SwtDriver driver;

	@BeforeEach
	void twoModels() throws Exception {
		fixture = new EditorFixture(PROJECT);
		driver = fixture.driver;
		fixture.copyOfExample(BEFORE);
		fixture.project.getFile(AFTER).create(new ByteArrayInputStream(contosoShowingPrivacy()), true, null);
	}

	@AfterEach
	void deleteTheProject() throws Exception {
		fixture.delete();
	}

	/** The Contoso example with the profile's Privacy settings set to Show (the example hides it). */
	private static byte[] contosoShowingPrivacy() throws Exception {
		Resource resource = AutopilotPersistence.newResourceSet().createResource(URI.createURI("memory:/c.autopilot"));
		try (InputStream contoso = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
			resource.load(contoso, Map.of());
		}
		AutopilotModel model = (AutopilotModel) resource.getContents().get(0);
		model.getProfiles().get(0).setPrivacySettings(ScreenVisibility.SHOW);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of());
		return out.toByteArray();
	}

	@Test
	void eachOtherShowsTheScenariosThatChangeAndTheirScreensSideBySide() {
		Tree explorer = revealInProjectExplorer(BEFORE);
		driver.click(explorerItem(explorer, BEFORE));
		driver.pressKey(SWT.ARROW_DOWN, SWT.SHIFT);
		driver.waitUntil("both models selected", () -> driver.onUi(explorer::getSelectionCount) == 2);
		openContextMenu(explorer, "Compare With", "Each Other");

		ModelDifference difference = shownDifference(d -> true);
		assertTrue(difference.visible());
		assertEquals(1, difference.profiles().size());
		ProfileDifference profile = difference.profiles().get(0);
		Cause cause = profile.causes().get(0);
		assertEquals("profile.privacySettings", cause.setting());
		// Two files read from left to right: the first (hiding Privacy) before, the second (showing it) after.
		assertEquals(List.of("Hide", "Show"), List.of(cause.before(), cause.after()));
		assertTrue(profile.changes().stream().allMatch(c -> !c.before().screens().contains("privacy")
				&& c.after().screens().contains("privacy")));

		Tree tree = visible(Tree.class, "compare.tree");
		driver.waitUntil("the changed scenarios in the tree", () -> driver.onUi(() -> tree.getItemCount() >= 1
				&& tree.getItem(0).getItemCount() == profile.causes().size() + profile.changes().size()));
		Table screens = visible(Table.class, "compare.screens");
		driver.waitUntil("the first scenario's screens listed with Privacy marked as shown after only",
				() -> driver.onUi(() -> Arrays.stream(screens.getItems()).anyMatch(i -> "+privacy".equals(i.getText()))));
		Browser before = visible(Browser.class, "compare.before");
		Browser after = visible(Browser.class, "compare.after");
		driver.click(driver.onUi(() -> Arrays.stream(screens.getItems()).filter(i -> "keyboard".equals(i.getText()))
				.findFirst().orElseThrow()));
		driver.waitUntil("the keyboard screen on both sides", () -> "keyboard".equals(shownScreen(before))
				&& "keyboard".equals(shownScreen(after)));
		driver.click(driver.onUi(() -> Arrays.stream(screens.getItems()).filter(i -> "+privacy".equals(i.getText()))
				.findFirst().orElseThrow()));
		driver.waitUntil("the Privacy screen as it looks after", () -> "privacy".equals(shownScreen(after)));
		driver.waitUntil("the side before saying it did not show it", () -> shownScreen(before).isEmpty()
				&& evaluate(before, "return document.body.textContent").contains("Not shown before"));
		driver.runOnUi(() -> fixture.page.setPartState(fixture.page.getActivePartReference(),
				IWorkbenchPage.STATE_MAXIMIZED));
		screenshot(after, "compare-each-other");

		driver.click(driver.find(ToolItem.class, item -> "compare.swap".equals(item.getData(SwtDriver.ID_KEY)),
				"the Swap sides button"));
		ModelDifference swapped = shownDifference(d -> d != difference);
		Cause reversed = swapped.profiles().get(0).causes().get(0);
		assertEquals(List.of("Show", "Hide"), List.of(reversed.before(), reversed.after()));
	}

	@Test
	void aModelAgainstItsLocalHistory() throws Exception {
		IFile file = fixture.project.getFile(BEFORE);
		// Saving the model with Privacy shown keeps the example, which hides it, in the Local History.
		file.setContents(new ByteArrayInputStream(contosoShowingPrivacy()), IResource.KEEP_HISTORY, null);
		Tree explorer = revealInProjectExplorer(BEFORE);
		driver.click(explorerItem(explorer, BEFORE));
		openContextMenu(explorer, "Compare With", "Local History...");

		Tree history = driver.find(Tree.class, t -> t.isVisible() && t.getItemCount() > 0
				&& t.getData(SwtDriver.ID_KEY) == null && isHistory(t), "the History view's revisions");
		TreeItem revision = driver.waitFor("an earlier revision of the model",
				() -> driver.onUi(() -> oldestRevision(history)));
		driver.click(revision);
		driver.pressKey(SWT.CR);
		ModelDifference difference = shownDifference(d -> true);
		Cause cause = difference.profiles().get(0).causes().get(0);
		assertEquals("profile.privacySettings", cause.setting());
		// The file is on the left (after), its older state on the right (before).
		assertEquals(List.of("Hide", "Show"), List.of(cause.before(), cause.after()));
		driver.runOnUi(() -> fixture.page.setPartState(fixture.page.getActivePartReference(),
				IWorkbenchPage.STATE_MAXIMIZED));
		Browser after = visible(Browser.class, "compare.after");
		driver.waitUntil("the Privacy screen the current model shows", () -> "privacy".equals(shownScreen(after)));
		screenshot(after, "compare-local-history");
	}

	private static boolean isHistory(Tree tree) {
		Composite parent = tree.getParent();
		for (; parent != null; parent = parent.getParent()) {
			if (parent.getData("modelElement") != null
					&& String.valueOf(parent.getData("modelElement")).contains("org.eclipse.team.ui.GenericHistoryView")) {
				return true;
			}
		}
		return tree.getColumnCount() > 0 && Arrays.stream(tree.getColumns()).anyMatch(c -> "Revision Time".equals(
				c.getText()));
	}

	/** The oldest revision the History view lists (the first is the file as it is now), grouped by day or not. */
	private static Optional<TreeItem> oldestRevision(Tree tree) {
		List<TreeItem> revisions = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			if (item.getItemCount() == 0) {
				revisions.add(item);
			} else {
				item.setExpanded(true);
				revisions.addAll(Arrays.asList(item.getItems()));
			}
		}
		revisions.removeIf(item -> item.getText().isEmpty());
		return revisions.size() < 2 ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
	}

	/** The Project Explorer's tree, with the test project expanded to show {@code file}. */
	private Tree revealInProjectExplorer(String file) {
		CommonNavigator navigator = driver.onUi(() -> (CommonNavigator) fixture.page.showView(
				IPageLayout.ID_PROJECT_EXPLORER));
		IFile resource = fixture.project.getFile(file);
		driver.runOnUi(() -> navigator.getCommonViewer().expandToLevel(fixture.project, 1));
		Tree tree = driver.onUi(() -> navigator.getCommonViewer().getTree());
		driver.waitUntil("the models in the Project Explorer", () -> driver.onUi(() -> {
			navigator.getCommonViewer().refresh();
			navigator.getCommonViewer().expandToLevel(fixture.project, 1);
			return navigator.getCommonViewer().testFindItem(resource) != null;
		}));
		driver.runOnUi(() -> navigator.getCommonViewer().setSelection(StructuredSelection.EMPTY));
		return tree;
	}

	private TreeItem explorerItem(Tree tree, String label) {
		return driver.find(TreeItem.class, item -> item.getParent() == tree && label.equals(item.getText()),
				"'" + label + "' in the Project Explorer");
	}

	/** Opens the context menu of {@code tree}'s selection with Shift+F10 and clicks through {@code path}. */
	private void openContextMenu(Tree tree, String... path) {
		driver.focus(tree);
		driver.pressKey(SWT.F10, SWT.SHIFT);
		Menu menu = driver.waitFor("the context menu", () -> driver.onUi(() -> Optional
				.ofNullable(tree.getMenu()).filter(Menu::isVisible)));
		for (int level = 0; level < path.length; level++) {
			Menu current = menu;
			String label = path[level];
			MenuItem item = driver.waitFor("menu item " + label, () -> driver.onUi(() -> Arrays
					.stream(current.getItems()).filter(i -> label.equals(i.getText().replace("&", "")))
					.findFirst()));
			driver.click(item);
			if (level < path.length - 1) {
				Menu submenu = driver.onUi(item::getMenu);
				driver.waitUntil("the submenu " + label, () -> driver.onUi(submenu::isVisible));
				menu = submenu;
			}
		}
	}

	/**
	 * The difference the visible compare viewer shows, once computed and matching {@code wanted}; looked up afresh
	 * each time, as the compare editor may replace its viewer while it sets up.
	 */
	private ModelDifference shownDifference(Predicate<ModelDifference> wanted) {
		return driver.waitFor("the compare editor showing what people see differently", () -> driver.onUi(() -> {
			for (Shell shell : driver.display().getShells()) {
				Optional<ModelDifference> shown = shownDifference(shell, wanted);
				if (shown.isPresent()) {
					return shown;
				}
			}
			return Optional.<ModelDifference>empty();
		}));
	}

	private static Optional<ModelDifference> shownDifference(Composite parent, Predicate<ModelDifference> wanted) {
		Optional<ModelDifference> here = ModelCompareViewer.of(parent).filter(v -> parent.isVisible())
				.map(ModelCompareViewer::difference).filter(d -> d != null && wanted.test(d));
		if (here.isPresent()) {
			return here;
		}
		for (Control child : parent.getChildren()) {
			if (child instanceof Composite composite) {
				Optional<ModelDifference> found = shownDifference(composite, wanted);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** The visible control of the compare viewer with widget id {@code id}. */
	private <T extends Control> T visible(Class<T> type, String id) {
		return driver.find(type, c -> c.isVisible() && id.equals(c.getData(SwtDriver.ID_KEY)), type.getSimpleName()
				+ " '" + id + "' of the compare editor");
	}

	private String shownScreen(Browser browser) {
		return evaluate(browser, "var s = document.querySelector('section.screen'); return s ? s.dataset.screen : ''");
	}

	private String evaluate(Browser browser, String script) {
		return driver.onUi(() -> String.valueOf(browser.evaluate(script)));
	}

	/** Saves a screenshot once the browser has painted (two animation frames after asking). */
	private void screenshot(Browser browser, String name) {
		evaluate(browser, "window.flowpilotPainted = false; requestAnimationFrame(() => requestAnimationFrame(() =>"
				+ " window.flowpilotPainted = true)); return true");
		driver.waitUntil("the browser to paint", () -> "true".equals(evaluate(browser, "return window.flowpilotPainted")));
		driver.screenshot(name);
	}
}
