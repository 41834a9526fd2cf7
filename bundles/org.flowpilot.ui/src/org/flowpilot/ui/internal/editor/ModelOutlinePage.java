package org.flowpilot.ui.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.editor.ModelEditorContext;

/**
 * The Outline of a model editor: the model tree with its decorations, context menu and drag and drop. With Link with
 * Editor on (the default), selecting in the Outline selects in the editor and the other way round. A hidden Outline
 * (another perspective's, or behind another view) follows the editor when it shows again, not at every change: a
 * simulation reveals each step in the editor, and selecting it in a tree nobody sees costs the UI thread each time.
 */
class ModelOutlinePage extends Page implements IContentOutlinePage {

	/** The id of the Outline's context menu, for contributions. */
	static final String MENU_ID = "org.flowpilot.ui.outline";

	private final ModelEditor editor;
	private final ModelEditorContext context;
	private final ISelectionChangedListener editorSelectionListener = this::editorSelectionChanged;
	private ModelTree tree;
	private boolean linked = true;
	private boolean synchronizing;
	private boolean behindEditor;
	private final IPartListener2 outlineShown = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference partRef) {
			if (IPageLayout.ID_OUTLINE.equals(partRef.getId())) {
				catchUp();
			}
		}
	};

	ModelOutlinePage(ModelEditor editor, ModelEditorContext context) {
		this.editor = editor;
		this.context = context;
	}

	@Override
	public void createControl(Composite parent) {
		tree = new ModelTree(parent, context, WidgetIds.OUTLINE_TREE);
		getSite().registerContextMenu(MENU_ID, tree.installContextMenu(MENU_ID), tree.viewer());
		tree.viewer().addSelectionChangedListener(this::outlineSelectionChanged);
		editor.getSite().getSelectionProvider().addSelectionChangedListener(editorSelectionListener);
		// Shown again: in the Outline's page book (another editor was active), or the Outline itself (its tab, its
		// perspective).
		tree.viewer().getControl().addListener(SWT.Show, event -> catchUp());
		getSite().getPage().addPartListener(outlineShown);
		editorSelectionChanged(new SelectionChangedEvent(editor.getSite().getSelectionProvider(),
				editor.getSite().getSelectionProvider().getSelection()));
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		IAction link = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				linked = isChecked();
				if (linked) {
					editorSelectionChanged(new SelectionChangedEvent(editor.getSite().getSelectionProvider(),
							editor.getSite().getSelectionProvider().getSelection()));
				}
			}
		};
		link.setChecked(linked);
		link.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		link.setId("org.flowpilot.ui.outline.link");
		actionBars.getToolBarManager().add(link);
		// Edit > Undo, Delete and the rest keep working on the model while the Outline is active.
		if (editor.getEditorSite().getActionBarContributor() instanceof ModelEditorActionBarContributor contributor) {
			contributor.contributeGlobalActions(actionBars);
		}
	}

	boolean isLinked() {
		return linked;
	}

	private void outlineSelectionChanged(SelectionChangedEvent event) {
		if (editor.getEditorSite().getActionBarContributor() instanceof ModelEditorActionBarContributor contributor) {
			contributor.selectionChanged(event.getSelection());
		}
		if (!linked || synchronizing || tree.isSelectingItself()
				|| !(event.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
			return;
		}
		synchronizing = true;
		try {
			context.reveal(selection.toList());
		} finally {
			synchronizing = false;
		}
	}

	private void editorSelectionChanged(SelectionChangedEvent event) {
		if (!linked || synchronizing || tree == null || tree.viewer().getControl().isDisposed()
				|| !(event.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
			return;
		}
		if (!tree.viewer().getControl().isVisible()) {
			behindEditor = true;
			return;
		}
		behindEditor = false;
		synchronizing = true;
		try {
			tree.select(selection.toList());
		} finally {
			synchronizing = false;
		}
	}

	/** Selects what the editor selected while the Outline was hidden. */
	private void catchUp() {
		if (behindEditor && tree != null && !tree.viewer().getControl().isDisposed()) {
			// The Show event comes before the control counts as visible: the selection follows once it does.
			tree.viewer().getControl().getDisplay().asyncExec(() -> {
				if (behindEditor && !tree.viewer().getControl().isDisposed()) {
					editorSelectionChanged(new SelectionChangedEvent(editor.getSite().getSelectionProvider(),
							editor.getSite().getSelectionProvider().getSelection()));
				}
			});
		}
	}

	TreeViewer viewer() {
		return tree.viewer();
	}

	@Override
	public Control getControl() {
		return tree == null ? null : tree.viewer().getControl();
	}

	@Override
	public void setFocus() {
		tree.viewer().getControl().setFocus();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		tree.viewer().addSelectionChangedListener(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		tree.viewer().removeSelectionChangedListener(listener);
	}

	@Override
	public ISelection getSelection() {
		return tree.viewer().getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		tree.viewer().setSelection(selection);
	}

	@Override
	public void dispose() {
		editor.getSite().getSelectionProvider().removeSelectionChangedListener(editorSelectionListener);
		getSite().getPage().removePartListener(outlineShown);
		super.dispose();
	}
}
