package org.flowpilot.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.NamedElement;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.testing.internal.WidgetTraversal;
import org.flowpilot.ui.WidgetIds;

/** A test project in the running workbench, copies of the Contoso example in it, and the editors they open in. */
final class EditorFixture {

	final SwtDriver driver;
	final IWorkbenchPage page;
	final Shell shell;
	final IProject project;

	EditorFixture(String projectName) throws CoreException {
		driver = SwtDriver.forWorkbench();
		page = driver.waitFor("an active workbench page", () -> driver.onUi(() -> Optional
				.ofNullable(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).map(w -> w.getActivePage())));
		shell = driver.onUi(() -> page.getWorkbenchWindow().getShell());
		// The whole screen, as an admin working on a model would have it; screenshots show the forms unclipped.
		driver.runOnUi(() -> shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea()));
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
	}

	/** A copy of the Contoso example named {@code name} in the test project. */
	IFile copyOfExample(String name) throws Exception {
		IFile file = project.getFile(name);
		try (InputStream contoso = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
			file.create(contoso, true, null);
		}
		return file;
	}

	/** A file named {@code name} holding {@code content}. */
	IFile file(String name, String content) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	FormEditor open(IFile file) {
		return (FormEditor) driver.onUi(() -> IDE.openEditor(page, file));
	}

	AutopilotModel modelOf(IEditorPart editor) {
		return driver.onUi(() -> (AutopilotModel) ((IEditingDomainProvider) editor).getEditingDomain()
				.getResourceSet().getResources().get(0).getContents().get(0));
	}

	/** The names of {@code elements}, read on the UI thread. */
	List<String> names(List<? extends NamedElement> elements) {
		return driver.onUi(() -> elements.stream().map(NamedElement::getName).toList());
	}

	/** Clicks the tab of the editor page titled {@code title}, at the bottom of the editor. */
	void showPage(FormEditor editor, String title) {
		CTabItem tab = pageTab(title);
		driver.click(tab);
		driver.waitUntil("the page '" + title + "' to be active",
				() -> driver.onUi(() -> title.equals(editor.getActivePageInstance().getTitle())));
	}

	/** The tab of the visible editor's page titled {@code title}. */
	CTabItem pageTab(String title) {
		// Only the editor on top shows its page tabs; the workbench's own tabs are at the top, not the bottom.
		return driver.find(CTabItem.class, item -> title.equals(item.getText()) && item.getParent().isVisible()
				&& (item.getParent().getStyle() & SWT.BOTTOM) != 0, "the editor page tab '" + title + "'");
	}

	/** The titles of the visible editor's page tabs, in order. */
	List<String> pageTitles(String anyTitle) {
		CTabItem tab = pageTab(anyTitle);
		return driver.onUi(() -> Arrays.stream(tab.getParent().getItems()).map(CTabItem::getText).toList());
	}

	/**
	 * The visible widget whose id is {@code id}. Other editors (the example the first start opened) have widgets with
	 * the same ids behind their tabs.
	 */
	<T extends Widget> T byId(Class<T> type, String id) {
		return driver.find(type, widget -> id.equals(widget.getData(SwtDriver.ID_KEY))
				&& (!(widget instanceof Control control) || control.isVisible()),
				"visible " + type.getSimpleName() + " '" + id + "'");
	}

	/**
	 * The control with id {@code id} on the editor's active page, shown or hidden; the same ids exist on the pages of
	 * other editors.
	 */
	Control onActivePage(FormEditor editor, String id) {
		return driver.waitFor("a control '" + id + "' on the active page", () -> driver.onUi(() -> {
			Control page = editor.getActivePageInstance().getPartControl();
			for (Widget widget : WidgetTraversal.allWidgets(driver.display())) {
				if (widget instanceof Control control && id.equals(control.getData(SwtDriver.ID_KEY))) {
					for (Control parent = control; parent != null; parent = parent.getParent()) {
						if (parent == page) {
							return Optional.of(control);
						}
					}
				}
			}
			return Optional.<Control>empty();
		}));
	}

	/** Whether the control with id {@code id} on the editor's active page is shown. */
	boolean shown(FormEditor editor, String id) {
		Control control = onActivePage(editor, id);
		return driver.onUi(control::isVisible);
	}

	/** Saves a screenshot with the pointer parked in a corner, so no tooltip covers what it shows. */
	void screenshot(String name) {
		Rectangle screen = driver.onUi(() -> driver.display().getBounds());
		NativeFileDialog.xdotool("mousemove", Integer.toString(screen.width - 1), Integer.toString(screen.height - 1));
		driver.waitUntil("the pointer to leave the window", () -> driver.onUi(() -> driver.display()
				.getCursorLocation().x == screen.width - 1));
		driver.screenshot(name);
	}

	/** Scrolls the forms and sections that hold {@code control} until it is on the screen, as a person would. */
	void reveal(Control control) {
		driver.runOnUi(() -> {
			for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof ScrolledComposite scrolled) {
					scrolled.showControl(control);
				}
			}
		});
	}

	/**
	 * Chooses {@code item} in a read-only drop-down: a click opens its list, the arrow keys move to the item and Enter
	 * takes it.
	 */
	void choose(Combo combo, String item) {
		reveal(combo);
		int from = driver.onUi(combo::getSelectionIndex);
		int to = driver.onUi(() -> Arrays.asList(combo.getItems()).indexOf(item));
		if (to < 0) {
			throw new AssertionError("'" + item + "' is not among " + driver.onUi(() -> List.of(combo.getItems())));
		}
		driver.click(combo);
		driver.waitUntil("the drop-down list to open", () -> driver.onUi(() -> combo.getListVisible()));
		for (int i = from; i < to; i++) {
			driver.pressKey(SWT.ARROW_DOWN);
		}
		for (int i = from; i > to; i--) {
			driver.pressKey(SWT.ARROW_UP);
		}
		driver.pressKey(SWT.CR);
		driver.waitUntil("the drop-down to show " + item, () -> driver.onUi(combo::getText).equals(item));
	}

	/** Opens {@code item} with a click on its expander, the triangle left of its label. */
	void expand(TreeItem item) {
		Point expander = driver.onUi(() -> {
			item.getParent().showItem(item);
			Rectangle bounds = item.getBounds();
			int arrow = item.getImage() != null ? 28 : 10;
			return item.getParent().toDisplay(bounds.x - arrow, bounds.y + bounds.height / 2);
		});
		driver.clickAt(expander);
		driver.waitUntil(driver.onUi(item::getText) + " to open", () -> driver.onUi(item::getExpanded));
	}

	/** Ticks or unticks a checklist row with a click on its checkbox, left of its text. */
	void toggle(TableItem item) {
		reveal(driver.onUi(item::getParent));
		boolean before = driver.onUi(item::getChecked);
		Point box = driver.onUi(() -> {
			item.getParent().showItem(item);
			Rectangle text = item.getBounds(0);
			return item.getParent().toDisplay(text.x - 10, text.y + text.height / 2);
		});
		driver.clickAt(box);
		driver.waitUntil("the checkbox of " + driver.onUi(item::getText) + " to change",
				() -> driver.onUi(item::getChecked) != before);
	}

	/** Double-clicks {@code item} with real pointer input. */
	void doubleClick(Item item) {
		Point center = centerOf(item);
		NativeFileDialog.xdotool("mousemove", Integer.toString(center.x), Integer.toString(center.y));
		// Longer than GTK's double-click time (400 ms), so that a click just before does not pair with the first click.
		NativeFileDialog.xdotool("sleep", "0.5", "click", "--repeat", "2", "--delay", "80", "1");
	}

	/** Clicks {@code item} with the right button, which opens its context menu. */
	void rightClick(Item item) {
		Point center = centerOf(item);
		NativeFileDialog.xdotool("mousemove", Integer.toString(center.x), Integer.toString(center.y));
		NativeFileDialog.xdotool("sleep", "0.2", "click", "3");
	}

	/**
	 * Opens {@code item}'s context menu with a right click and clicks through it, one real click per level, e.g.
	 * {@code contextMenu(root, "New Child", "Deployment profile")}.
	 */
	void contextMenu(TreeItem item, String... path) {
		driver.click(item);
		rightClick(item);
		for (int level = 0; level < path.length; level++) {
			String label = path[level];
			MenuItem menuItem = driver.find(MenuItem.class, candidate -> label.equals(candidate.getText()
					.replace("&", "").replaceFirst("\\t.*", "")) && candidate.getParent().isVisible(),
					"context menu item " + String.join(" > ", Arrays.copyOf(path, level + 1)));
			driver.click(menuItem);
			if (level < path.length - 1) {
				Menu submenu = driver.onUi(menuItem::getMenu);
				driver.waitUntil("the submenu " + label + " to open", () -> driver.onUi(submenu::isVisible));
			}
		}
	}

	/** Drags {@code source} onto {@code target} with the left button held, in small steps as a hand would. */
	void drag(TreeItem source, TreeItem target) {
		Point from = centerOf(source);
		Point to = centerOf(target);
		NativeFileDialog.xdotool("mousemove", Integer.toString(from.x), Integer.toString(from.y));
		NativeFileDialog.xdotool("sleep", "0.2", "mousedown", "1");
		int steps = 12;
		for (int step = 1; step <= steps; step++) {
			int x = from.x + (to.x - from.x) * step / steps;
			int y = from.y + (to.y - from.y) * step / steps;
			NativeFileDialog.xdotool("mousemove", Integer.toString(x), Integer.toString(y), "sleep", "0.05");
		}
		NativeFileDialog.xdotool("sleep", "0.3", "mouseup", "1");
	}

	private Point centerOf(Item item) {
		return driver.onUi(() -> {
			Rectangle bounds;
			Control parent;
			if (item instanceof TreeItem treeItem) {
				treeItem.getParent().showItem(treeItem);
				bounds = treeItem.getBounds();
				parent = treeItem.getParent();
			} else {
				TableItem tableItem = (TableItem) item;
				tableItem.getParent().showItem(tableItem);
				bounds = tableItem.getBounds();
				parent = tableItem.getParent();
			}
			return parent.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		});
	}

	/** The item of the visible model tree labelled {@code label}. */
	TreeItem treeItem(String label) {
		return treeItem(WidgetIds.MODEL_TREE, label);
	}

	TreeItem treeItem(String treeId, String label) {
		return driver.find(TreeItem.class,
				item -> treeId.equals(item.getParent().getData(SwtDriver.ID_KEY)) && item.getParent().isVisible()
						&& label.equals(item.getText()),
				"tree item '" + label + "' in " + treeId);
	}

	void closeAll() {
		driver.runOnUi(() -> page.closeAllEditors(false));
	}

	void delete() throws CoreException {
		closeAll();
		project.delete(true, true, null);
	}
}
