package org.flowpilot.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu (File, Edit, Window, Help) and tool bar. Other bundles add to the named groups through
 * {@code org.eclipse.ui.menus} contributions.
 */
class FlowpilotActionBarAdvisor extends ActionBarAdvisor {

	private static final String SHOW_VIEW_MENU_ID = "showView";

	private IWorkbenchAction newWizardDropDown;
	private IWorkbenchAction save;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;

	FlowpilotActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		// Actions registered here get their key bindings and are disposed with the window.
		for (ActionFactory factory : new ActionFactory[] { ActionFactory.NEW, ActionFactory.CLOSE,
				ActionFactory.CLOSE_ALL, ActionFactory.SAVE, ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL,
				ActionFactory.REVERT, ActionFactory.IMPORT, ActionFactory.EXPORT, ActionFactory.QUIT,
				ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
				ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.RESET_PERSPECTIVE,
				ActionFactory.PREFERENCES, ActionFactory.ABOUT }) {
			register(factory.create(window));
		}
		newWizardDropDown = ActionFactory.NEW_WIZARD_DROP_DOWN.create(window);
		register(newWizardDropDown);
		save = action(ActionFactory.SAVE);
		undo = action(ActionFactory.UNDO);
		redo = action(ActionFactory.REDO);
	}

	private IWorkbenchAction action(ActionFactory factory) {
		return (IWorkbenchAction) getAction(factory.getId());
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(createFileMenu());
		menuBar.add(createEditMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(createWindowMenu());
		menuBar.add(createHelpMenu());
	}

	private MenuManager createFileMenu() {
		MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer()
				.getWindow()));
		menu.add(newMenu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.CLOSE));
		menu.add(action(ActionFactory.CLOSE_ALL));
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		// No Save As: a model is saved where it is; File > New or the Project Explorer copy it.
		menu.add(action(ActionFactory.SAVE_ALL));
		menu.add(action(ActionFactory.REVERT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.IMPORT));
		menu.add(action(ActionFactory.EXPORT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(action(ActionFactory.QUIT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager createEditMenu() {
		MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.CUT));
		menu.add(action(ActionFactory.COPY));
		menu.add(action(ActionFactory.PASTE));
		menu.add(new Separator());
		menu.add(action(ActionFactory.DELETE));
		menu.add(action(ActionFactory.SELECT_ALL));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager createWindowMenu() {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View", SHOW_VIEW_MENU_ID);
		IContributionItem views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
		showView.add(views);
		menu.add(showView);
		menu.add(new Separator());
		menu.add(action(ActionFactory.RESET_PERSPECTIVE));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(action(ActionFactory.PREFERENCES));
		return menu;
	}

	private MenuManager createHelpMenu() {
		MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menu.add(new Separator());
		menu.add(action(ActionFactory.ABOUT));
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		ToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		file.add(newWizardDropDown);
		file.add(save);
		file.add(new Separator());
		file.add(undo);
		file.add(redo);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(file, "org.flowpilot.app.toolbars.file"));
	}
}
