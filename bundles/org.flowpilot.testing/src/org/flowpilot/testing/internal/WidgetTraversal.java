package org.flowpilot.testing.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Decorations;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Walks every widget of a display: shells, their controls, menus and items. Call on the UI thread.
 */
public final class WidgetTraversal {

	private WidgetTraversal() {
	}

	/** Every live widget of the display, shells first, in creation order. */
	public static List<Widget> allWidgets(Display display) {
		List<Widget> widgets = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			collect(shell, widgets);
		}
		return widgets;
	}

	private static void collect(Widget widget, List<Widget> into) {
		if (widget == null || widget.isDisposed()) {
			return;
		}
		into.add(widget);
		if (widget instanceof Decorations decorations) {
			collectMenu(decorations.getMenuBar(), into);
		}
		if (widget instanceof Control control) {
			collectMenu(control.getMenu(), into);
		}
		if (widget instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				collectTreeItem(item, into);
			}
		} else if (widget instanceof Table table) {
			addAll(table.getItems(), into);
		} else if (widget instanceof ToolBar toolBar) {
			addAll(toolBar.getItems(), into);
		} else if (widget instanceof CTabFolder folder) {
			addAll(folder.getItems(), into);
		} else if (widget instanceof TabFolder folder) {
			addAll(folder.getItems(), into);
		}
		if (widget instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}

	private static void collectTreeItem(TreeItem item, List<Widget> into) {
		into.add(item);
		// Under a collapsed row of a virtual tree (the Debug and Variables views) are placeholders the viewer fills
		// as they come into view: reading one fills it before its time, and JFace then takes the placeholder for the
		// only child and never asks how many there are. What is not expanded is not looked into, as a person cannot.
		if ((item.getParent().getStyle() & SWT.VIRTUAL) != 0 && !item.getExpanded()) {
			return;
		}
		for (TreeItem child : item.getItems()) {
			collectTreeItem(child, into);
		}
	}

	private static void collectMenu(Menu menu, List<Widget> into) {
		if (menu == null || menu.isDisposed()) {
			return;
		}
		into.add(menu);
		for (MenuItem item : menu.getItems()) {
			into.add(item);
			collectMenu(item.getMenu(), into);
		}
	}

	private static void addAll(Item[] items, List<Widget> into) {
		for (Item item : items) {
			into.add(item);
		}
	}

	/**
	 * The text a person reads on the widget: mnemonics and accelerator text removed; {@code null} for widgets
	 * without text.
	 */
	public static String visibleText(Widget widget) {
		String raw;
		if (widget instanceof Item item) {
			raw = item.getText();
		} else if (widget instanceof Button button) {
			raw = button.getText();
		} else if (widget instanceof Label label) {
			raw = label.getText();
		} else if (widget instanceof Text text) {
			raw = text.getText();
		} else if (widget instanceof Group group) {
			raw = group.getText();
		} else if (widget instanceof Link link) {
			raw = link.getText().replaceAll("</?a[^>]*>", "");
		} else if (widget instanceof Decorations decorations) {
			raw = decorations.getText();
		} else {
			return null;
		}
		return withoutMnemonics(raw);
	}

	static String withoutMnemonics(String raw) {
		if (raw == null) {
			return null;
		}
		int tab = raw.indexOf('\t');
		String label = tab >= 0 ? raw.substring(0, tab) : raw;
		StringBuilder result = new StringBuilder(label.length());
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (c == '&') {
				// "&&" is a literal ampersand; a single one marks the next character as the mnemonic.
				if (i + 1 < label.length() && label.charAt(i + 1) == '&') {
					result.append('&');
					i++;
				}
				continue;
			}
			result.append(c);
		}
		return result.toString();
	}
}
