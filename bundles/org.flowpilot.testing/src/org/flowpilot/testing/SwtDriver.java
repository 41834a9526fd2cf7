package org.flowpilot.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.flowpilot.testing.internal.GtkGeometry;
import org.flowpilot.testing.internal.WidgetTraversal;
import org.flowpilot.testing.internal.XdoPointer;

/**
 * Drives a running SWT user interface from a test thread the way a person would: it finds widgets across all
 * shells, clicks them with real pointer input (XTEST, through {@code xdotool}) and types with real key events
 * ({@link Display#post(Event)}), and waits for the interface to react. Every lookup and wait has a timeout and fails with a message that says what was
 * expected.
 *
 * <p>
 * The test must not run on the UI thread: the driver posts input and then lets the event loop deliver it.
 */
public final class SwtDriver {

	/** How long lookups and waits try before they fail, unless the driver was made with another timeout. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	/** The key under which a widget's id is stored with {@link Widget#setData(String, Object)}. */
	public static final String ID_KEY = "id";

	// Real clicks fired back to back are dropped now and then by GTK; moving first, waiting until the pointer is
	// there, and pausing between press and release made them reliable (see the platform notes).
	private static final long INPUT_PAUSE_MILLIS = 50;
	private static final long POLL_MILLIS = 20;
	private static final long MENU_SHELL_TIMEOUT_MILLIS = 600;

	private final Display display;
	private final Duration timeout;

	public SwtDriver(Display display) {
		this(display, DEFAULT_TIMEOUT);
	}

	public SwtDriver(Display display, Duration timeout) {
		this.display = Objects.requireNonNull(display, "display");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
		if (display.getThread() == Thread.currentThread()) {
			throw new IllegalStateException("SwtDriver must be used from a test thread, not the UI thread");
		}
	}

	/** A driver for the running workbench's display. */
	public static SwtDriver forWorkbench() {
		return new SwtDriver(PlatformUI.getWorkbench().getDisplay());
	}

	public Display display() {
		return display;
	}

	// ---- running on the UI thread

	/** Calls {@code callable} on the UI thread and returns its result. */
	public <T> T onUi(Callable<T> callable) {
		return UiThread.call(display, callable);
	}

	/** Runs {@code runnable} on the UI thread and waits until it is done. */
	public void runOnUi(Runnable runnable) {
		UiThread.run(display, runnable);
	}

	// ---- finding widgets

	/**
	 * Waits until a widget of {@code type} that matches {@code matcher} exists and returns the first one found.
	 *
	 * @param description what is looked for, in words, for the failure message
	 */
	public <T extends Widget> T find(Class<T> type, Predicate<? super T> matcher, String description) {
		return waitFor(description, () -> findNow(type, matcher));
	}

	/** Returns a widget of {@code type} that matches {@code matcher} now, without waiting. */
	public <T extends Widget> Optional<T> findNow(Class<T> type, Predicate<? super T> matcher) {
		return onUi(() -> {
			for (Widget widget : WidgetTraversal.allWidgets(display)) {
				if (type.isInstance(widget) && !widget.isDisposed() && matcher.test(type.cast(widget))) {
					return Optional.of(type.cast(widget));
				}
			}
			return Optional.<T>empty();
		});
	}

	/** Finds the widget whose {@code getData("id")} is {@code id}. */
	public <T extends Widget> T findById(Class<T> type, String id) {
		return find(type, w -> id.equals(w.getData(ID_KEY)), type.getSimpleName() + " with id '" + id + "'");
	}

	/** Finds the widget that shows {@code text} (mnemonics and accelerators ignored). */
	public <T extends Widget> T findByText(Class<T> type, String text) {
		return find(type, w -> text.equals(WidgetTraversal.visibleText(w)),
				type.getSimpleName() + " with text '" + text + "'");
	}

	/** Finds the first control of {@code type} that follows, in the same parent, a label that reads {@code label}. */
	public <T extends Control> T findByLabel(Class<T> type, String label) {
		return find(type, control -> isLabelledBy(control, label),
				type.getSimpleName() + " labelled '" + label + "'");
	}

	/** Finds the first widget of {@code type}. */
	public <T extends Widget> T findByType(Class<T> type) {
		return find(type, w -> true, "any " + type.getSimpleName());
	}

	/** Finds a visible shell with the given title. */
	public Shell findShell(String title) {
		return find(Shell.class, shell -> shell.isVisible() && title.equals(shell.getText()),
				"visible shell titled '" + title + "'");
	}

	private static boolean isLabelledBy(Control control, String label) {
		Composite parent = control.getParent();
		if (parent == null) {
			return false;
		}
		Control[] siblings = parent.getChildren();
		for (int i = 0; i < siblings.length; i++) {
			if (siblings[i] instanceof Label candidate && label.equals(WidgetTraversal.visibleText(candidate))) {
				for (int j = i + 1; j < siblings.length; j++) {
					if (siblings[j] instanceof Label) {
						break;
					}
					if (control.getClass().isInstance(siblings[j])) {
						return siblings[j] == control;
					}
				}
			}
		}
		return false;
	}

	// ---- real input

	/** Clicks the middle of a control with the left mouse button. */
	public void click(Control control) {
		Point center = onUi(() -> {
			requireShowing(control);
			Point size = control.getSize();
			return control.toDisplay(size.x / 2, size.y / 2);
		});
		clickAt(center);
	}

	/** Clicks the middle of a tree, table, tool bar or tab item. */
	public void click(Item item) {
		Point center = onUi(() -> {
			Rectangle bounds;
			Control owner;
			if (item instanceof TreeItem treeItem) {
				treeItem.getParent().showItem(treeItem);
				bounds = treeItem.getBounds();
				owner = treeItem.getParent();
			} else if (item instanceof TableItem tableItem) {
				tableItem.getParent().showItem(tableItem);
				bounds = tableItem.getBounds();
				owner = tableItem.getParent();
			} else if (item instanceof ToolItem toolItem) {
				bounds = toolItem.getBounds();
				owner = toolItem.getParent();
			} else if (item instanceof CTabItem tabItem) {
				bounds = tabItem.getBounds();
				owner = tabItem.getParent();
			} else if (item instanceof TabItem tabItem) {
				bounds = tabItem.getBounds();
				owner = tabItem.getParent();
			} else if (item instanceof MenuItem menuItem) {
				if (!GtkGeometry.isShowing(menuItem)) {
					throw new IllegalStateException("Menu item '" + menuItem.getText() + "' is not on the screen");
				}
				Rectangle onScreen = GtkGeometry.displayBounds(menuItem);
				return new Point(onScreen.x + onScreen.width / 2, onScreen.y + onScreen.height / 2);
			} else {
				throw new IllegalArgumentException("Cannot click a " + item.getClass().getSimpleName());
			}
			requireShowing(owner);
			return owner.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		});
		clickAt(center);
	}

	/**
	 * Opens a menu of the shell's menu bar and clicks through it, one real click per level, e.g.
	 * {@code clickMenu(shell, "Window", "Show View", "Properties")}.
	 */
	public void clickMenu(Shell shell, String... path) {
		if (path.length == 0) {
			throw new IllegalArgumentException("Empty menu path");
		}
		Menu menu = onUi(() -> {
			shell.forceActive();
			return shell.getMenuBar();
		});
		if (menu == null) {
			throw new IllegalArgumentException("Shell '" + onUi(shell::getText) + "' has no menu bar");
		}
		long opened = 0;
		for (int level = 0; level < path.length; level++) {
			Menu current = menu;
			String label = path[level];
			String where = String.join(" > ", Arrays.copyOf(path, level + 1));
			MenuItem item = waitFor("menu item " + where, () -> onUi(() -> showingItem(current, label)));
			if (level > 0) {
				awaitMenuShellTimeout(opened);
			}
			click(item);
			if (level == 0) {
				opened = System.nanoTime();
			}
			if (level < path.length - 1) {
				Menu submenu = onUi(item::getMenu);
				if (submenu == null) {
					throw new IllegalArgumentException("Menu item " + where + " has no submenu");
				}
				waitUntil("submenu of " + where + " to open", () -> onUi(submenu::isVisible));
				menu = submenu;
			}
		}
	}

	// GTK ignores a button release inside a menu that comes less than 500 ms after the press that opened the menu
	// bar (so that press-drag-release works); a person is never that fast, a driver is.
	private static void awaitMenuShellTimeout(long openedNanos) {
		long waitMillis = MENU_SHELL_TIMEOUT_MILLIS - (System.nanoTime() - openedNanos) / 1_000_000;
		if (waitMillis > 0) {
			sleep(waitMillis);
		}
	}

	private static Optional<MenuItem> showingItem(Menu menu, String label) {
		for (MenuItem item : menu.getItems()) {
			if (label.equals(WidgetTraversal.visibleText(item)) && GtkGeometry.isShowing(item)) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	/**
	 * Opens the context menu of a tree item with a real right click and clicks its item labelled {@code label}, as
	 * a person choosing a command from the item's context menu.
	 */
	public void clickContextMenu(TreeItem item, String label) {
		click(item);
		Point center = onUi(() -> {
			Rectangle bounds = item.getBounds();
			return item.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		});
		XdoPointer.moveTo(center.x, center.y);
		waitUntil("pointer to reach " + center, () -> onUi(() -> center.equals(display.getCursorLocation())));
		XdoPointer.clickHere(INPUT_PAUSE_MILLIS, 3);
		long opened = System.nanoTime();
		Menu menu = onUi(() -> item.getParent().getMenu());
		if (menu == null) {
			throw new IllegalArgumentException("Tree item '" + onUi(item::getText) + "' has no context menu");
		}
		MenuItem choice = waitFor("context menu item " + label, () -> onUi(() -> showingItem(menu, label)));
		awaitMenuShellTimeout(opened);
		click(choice);
	}

	/** Moves the pointer to a point of the display and clicks the left button there. */
	public void clickAt(Point location) {
		XdoPointer.moveTo(location.x, location.y);
		waitUntil("pointer to reach " + location, () -> onUi(() -> location.equals(display.getCursorLocation())));
		XdoPointer.clickHere(INPUT_PAUSE_MILLIS);
		flush();
	}


	/** Types {@code text} into the control that has the keyboard focus. */
	public void type(String text) {
		for (char c : text.toCharArray()) {
			boolean shifted = Character.isUpperCase(c);
			if (shifted) {
				post(key(SWT.KeyDown, SWT.SHIFT, '\0'));
			}
			post(key(SWT.KeyDown, 0, c));
			post(key(SWT.KeyUp, 0, c));
			if (shifted) {
				post(key(SWT.KeyUp, SWT.SHIFT, '\0'));
			}
		}
		flush();
	}

	/**
	 * Presses and releases a key while holding modifiers, e.g. {@code pressKey(SWT.CR)} or
	 * {@code pressKey('s', SWT.CTRL)}.
	 *
	 * @param key an SWT key code ({@code SWT.CR}, {@code SWT.ARROW_DOWN}, …) or a character
	 */
	public void pressKey(int key, int... modifiers) {
		for (int modifier : modifiers) {
			post(key(SWT.KeyDown, modifier, '\0'));
		}
		post(keyEvent(SWT.KeyDown, key));
		post(keyEvent(SWT.KeyUp, key));
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(key(SWT.KeyUp, modifiers[i], '\0'));
		}
		flush();
	}

	private static Event keyEvent(int type, int key) {
		boolean isCharacter = (key & SWT.KEYCODE_BIT) == 0 && key < 0x10000 && key != SWT.CR && key != SWT.ESC
				&& key != SWT.TAB && key != SWT.BS && key != SWT.DEL;
		return isCharacter ? key(type, 0, (char) key) : key(type, key, '\0');
	}

	private static Event key(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		return event;
	}

	/** Gives the keyboard focus to a control, activating its shell first. */
	public void focus(Control control) {
		runOnUi(() -> {
			control.getShell().forceActive();
			control.setFocus();
		});
		waitUntil("keyboard focus on " + control, () -> onUi(() -> display.getFocusControl() == control));
	}

	private void post(Event event) {
		boolean posted = onUi(() -> display.post(event));
		if (!posted) {
			throw new IllegalStateException("The display refused to post " + event);
		}
	}

	private static void pause() {
		sleep(INPUT_PAUSE_MILLIS);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while posting input", e);
		}
	}

	// Input goes through the X server; a short pause plus a round trip through the event loop lets it be delivered.
	// Dispatching here instead would re-enter the loop, which open menus do not tolerate.
	private void flush() {
		pause();
		runOnUi(() -> {
		});
	}

	private static void requireShowing(Control control) {
		if (control.isDisposed() || !control.isVisible()) {
			throw new IllegalStateException(control + " is not visible");
		}
	}

	// ---- commands

	/** Executes a workbench command by id, as its key binding or menu item would. */
	public void executeCommand(String commandId) {
		runOnUi(() -> {
			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			try {
				handlers.executeCommand(commandId, null);
			} catch (CommandException e) {
				throw new IllegalStateException("Command " + commandId + " failed: " + e.getMessage(), e);
			}
		});
	}

	// ---- waiting

	/** Waits until {@code condition} holds; the condition is evaluated on the test thread. */
	public void waitUntil(String description, BooleanSupplier condition) {
		waitFor(description, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
	}

	/** Waits until {@code lookup} returns a value and returns it. */
	public <T> T waitFor(String description, Supplier<Optional<T>> lookup) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<T> value = lookup.get();
			if (value.isPresent()) {
				return value.get();
			}
			if (System.nanoTime() > deadline) {
				throw new WaitTimeoutException(description, timeout);
			}
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new WaitTimeoutException(description + " (interrupted)", timeout);
			}
		}
	}

	// ---- screenshots

	/** Saves a screenshot of the whole display as {@code <name>.png} and returns the file. */
	public Path screenshot(String name) {
		return Screenshots.capture(display, name);
	}

	/** Every visible shell's title, for failure messages. */
	public List<String> shellTitles() {
		return onUi(() -> Arrays.stream(display.getShells()).filter(Shell::isVisible).map(Shell::getText)
				.toList());
	}
}
