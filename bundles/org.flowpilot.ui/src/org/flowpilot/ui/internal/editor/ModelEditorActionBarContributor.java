package org.flowpilot.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.flowpilot.ui.FlowpilotUi;

/**
 * The model editors' actions: New Child and New Sibling (in the Edit menu and the context menus), Undo, Redo, Cut,
 * Copy, Paste and Delete as the workbench's global Edit actions, and Validate (Edit menu, tool bar, context menus).
 * All of them work on the active editor's command stack and on the selection of its active page or its Outline.
 */
public class ModelEditorActionBarContributor extends EditorActionBarContributor
		implements ISelectionChangedListener, IMenuListener {

	/** The id of the New Child submenu. */
	public static final String NEW_CHILD_MENU_ID = "org.flowpilot.ui.menus.newChild";

	/** The id of the New Sibling submenu. */
	public static final String NEW_SIBLING_MENU_ID = "org.flowpilot.ui.menus.newSibling";

	private static final String EDITOR_GROUP = "flowpilotEditor";

	private final CommandStackAction undo = CommandStackAction.undo();
	private final CommandStackAction redo = CommandStackAction.redo();
	private final SelectionCommandAction delete = EditActions.delete();
	private final SelectionCommandAction cut = EditActions.cut();
	private final SelectionCommandAction copy = EditActions.copy();
	private final SelectionCommandAction paste = EditActions.paste();
	private final Action revert = new Action("Rever&t") {
		@Override
		public void run() {
			if (editor != null) {
				editor.revertToSaved();
			}
		}
	};
	private final MenuManager newChildMenu = new MenuManager("&New Child", NEW_CHILD_MENU_ID);
	private final MenuManager newSiblingMenu = new MenuManager("N&ew Sibling", NEW_SIBLING_MENU_ID);

	private ModelEditor editor;
	private ISelectionProvider selectionProvider;
	private ISelection selection = StructuredSelection.EMPTY;

	public ModelEditorActionBarContributor() {
		// Filled when shown, so they always offer what the selection allows.
		newChildMenu.setRemoveAllWhenShown(true);
		newChildMenu.addMenuListener(menu -> fill(menu, CreateChildAction.children(domain(), selectedElements())));
		newSiblingMenu.setRemoveAllWhenShown(true);
		newSiblingMenu.addMenuListener(menu -> fill(menu, CreateChildAction.siblings(domain(), selectedElements())));
		// An empty submenu is not shown at all by GTK; a placeholder keeps New Child visible and says why.
		newChildMenu.add(new Action("(none)") {
		});
		newSiblingMenu.add(new Action("(none)") {
		});
	}

	@Override
	public void contributeToMenu(IMenuManager menuManager) {
		IMenuManager edit = menuManager.findMenuUsingPath(IWorkbenchActionConstants.M_EDIT);
		if (edit == null) {
			return;
		}
		edit.appendToGroup(IWorkbenchActionConstants.MB_ADDITIONS, new Separator(EDITOR_GROUP));
		edit.appendToGroup(EDITOR_GROUP, newChildMenu);
		edit.appendToGroup(EDITOR_GROUP, newSiblingMenu);
		edit.appendToGroup(EDITOR_GROUP, validate("edit"));
	}

	@Override
	public void contributeToToolBar(IToolBarManager toolBarManager) {
		toolBarManager.add(new Separator(EDITOR_GROUP));
		toolBarManager.add(validate("toolbar"));
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (selectionProvider != null) {
			selectionProvider.removeSelectionChangedListener(this);
		}
		editor = part instanceof ModelEditor modelEditor ? modelEditor : null;
		EditingDomain domain = domain();
		undo.setCommandStack(domain == null ? null : domain.getCommandStack());
		revert.setEnabled(editor != null && editor.isDirty());
		redo.setCommandStack(domain == null ? null : domain.getCommandStack());
		for (SelectionCommandAction action : selectionActions()) {
			action.setDomain(domain);
		}
		selectionProvider = editor == null ? null : editor.getSite().getSelectionProvider();
		if (selectionProvider != null) {
			selectionProvider.addSelectionChangedListener(this);
			selectionChanged(selectionProvider.getSelection());
		} else {
			selectionChanged(StructuredSelection.EMPTY);
		}
		contributeGlobalActions(getActionBars());
	}

	/** Makes Undo, Redo, Cut, Copy, Paste and Delete of {@code actionBars} act on the active model editor. */
	void contributeGlobalActions(IActionBars actionBars) {
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		actionBars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		actionBars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
		actionBars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		actionBars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		actionBars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
		actionBars.updateActionBars();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		selectionChanged(event.getSelection());
	}

	/** Points the actions at {@code newSelection}, from the editor's active page or its Outline. */
	void selectionChanged(ISelection newSelection) {
		selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
		for (SelectionCommandAction action : selectionActions()) {
			action.selectionChanged(selection);
		}
	}

	/** Brings every action up to date with the command stack, after a command ran, was undone or redone. */
	void updateActions() {
		undo.update();
		redo.update();
		revert.setEnabled(editor != null && editor.isDirty());
		for (SelectionCommandAction action : selectionActions()) {
			action.update();
		}
	}

	/** Fills a context menu of a model view (tree, Outline) with the editing actions. */
	@Override
	public void menuAboutToShow(IMenuManager menu) {
		MenuManager children = new MenuManager("&New Child", NEW_CHILD_MENU_ID);
		fill(children, CreateChildAction.children(domain(), selectedElements()));
		MenuManager siblings = new MenuManager("N&ew Sibling", NEW_SIBLING_MENU_ID);
		fill(siblings, CreateChildAction.siblings(domain(), selectedElements()));
		menu.add(children);
		menu.add(siblings);
		menu.add(new Separator());
		menu.add(undo);
		menu.add(redo);
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new Separator());
		menu.add(delete);
		menu.add(new Separator());
		menu.add(validate("popup"));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private static void fill(IContributionManager menu, List<CreateChildAction> actions) {
		if (actions.isEmpty()) {
			Action none = new Action("(none)") {
			};
			none.setEnabled(false);
			menu.add(none);
			return;
		}
		actions.forEach(menu::add);
	}

	// Validate is a command, so its key binding, the editor tool bar and the page headings share one handler.
	private CommandContributionItem validate(String where) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(
				getPage().getWorkbenchWindow(), FlowpilotUi.VALIDATE_COMMAND_ID + "." + where,
				FlowpilotUi.VALIDATE_COMMAND_ID, CommandContributionItem.STYLE_PUSH);
		parameter.label = "&Validate";
		parameter.tooltip = "Validate the model and list its problems in the Problems view";
		return new CommandContributionItem(parameter);
	}

	private EditingDomain domain() {
		return editor == null || editor.isShowingLoadFailure() ? null : editor.getEditingDomain();
	}

	private List<?> selectedElements() {
		return selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
	}

	private List<SelectionCommandAction> selectionActions() {
		return List.of(delete, cut, copy, paste);
	}

	@Override
	public void dispose() {
		if (selectionProvider != null) {
			selectionProvider.removeSelectionChangedListener(this);
		}
		super.dispose();
	}
}
