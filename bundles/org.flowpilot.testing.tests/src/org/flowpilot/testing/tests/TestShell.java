package org.flowpilot.testing.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.testing.UiThread;

/**
 * A real shell with one widget of each kind the driver handles. Every listener records what it saw, so tests can
 * tell real input (mouse down, key down) from a synthetic selection.
 */
final class TestShell {

	final Shell shell;
	final Button okButton;
	final Text nameText;
	final Text groupTagText;
	final Tree tree;
	final ToolBar toolBar;
	final ToolItem runItem;
	final MenuItem aboutItem;
	final List<String> events = Collections.synchronizedList(new ArrayList<>());

	private TestShell(Display display) {
		shell = new Shell(display, SWT.SHELL_TRIM);
		shell.setText("Driver test shell");
		shell.setLayout(new GridLayout(2, false));

		Menu menuBar = new Menu(shell, SWT.BAR);
		MenuItem fileHeader = new MenuItem(menuBar, SWT.CASCADE);
		fileHeader.setText("&File");
		Menu fileMenu = new Menu(shell, SWT.DROP_DOWN);
		fileHeader.setMenu(fileMenu);
		new MenuItem(fileMenu, SWT.PUSH).setText("&Open\tCtrl+O");
		MenuItem moreHeader = new MenuItem(fileMenu, SWT.CASCADE);
		moreHeader.setText("&More");
		Menu moreMenu = new Menu(shell, SWT.DROP_DOWN);
		moreHeader.setMenu(moreMenu);
		new MenuItem(moreMenu, SWT.PUSH).setText("Nothing");
		aboutItem = new MenuItem(moreMenu, SWT.PUSH);
		aboutItem.setText("&About the shell");
		aboutItem.addListener(SWT.Selection, e -> events.add("menu:About the shell"));
		shell.setMenuBar(menuBar);

		toolBar = new ToolBar(shell, SWT.FLAT | SWT.RIGHT);
		toolBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new ToolItem(toolBar, SWT.PUSH).setText("Step");
		runItem = new ToolItem(toolBar, SWT.PUSH);
		runItem.setText("Run");
		runItem.addListener(SWT.Selection, e -> events.add("tool:Run"));

		new Label(shell, SWT.NONE).setText("Device name:");
		nameText = new Text(shell, SWT.BORDER);
		nameText.setData(SwtDriver.ID_KEY, "name");
		nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		new Label(shell, SWT.NONE).setText("Group tag:");
		groupTagText = new Text(shell, SWT.BORDER);
		groupTagText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		okButton = new Button(shell, SWT.PUSH);
		okButton.setText("&OK");
		okButton.setData(SwtDriver.ID_KEY, "ok");
		okButton.addListener(SWT.MouseDown, e -> events.add("button:mouseDown"));
		okButton.addListener(SWT.Selection, e -> events.add("button:selected"));

		tree = new Tree(shell, SWT.BORDER | SWT.SINGLE);
		tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TreeItem profiles = new TreeItem(tree, SWT.NONE);
		profiles.setText("Profiles");
		new TreeItem(profiles, SWT.NONE).setText("Contoso pre-provisioned");
		new TreeItem(profiles, SWT.NONE).setText("Fabrikam self-deploying");
		profiles.setExpanded(true);
		tree.addListener(SWT.Selection, e -> events.add("tree:" + ((TreeItem) e.item).getText()));

		shell.setSize(520, 420);
		shell.setLocation(40, 40);
		shell.open();
		shell.forceActive();
	}

	static TestShell open(Display display) {
		return UiThread.call(display, () -> new TestShell(display));
	}

	void close() {
		UiThread.run(shell.getDisplay(), () -> {
			if (!shell.isDisposed()) {
				shell.dispose();
			}
		});
	}
}
