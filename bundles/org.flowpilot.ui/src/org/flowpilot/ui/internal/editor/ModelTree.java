package org.flowpilot.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorListener;
import org.flowpilot.ui.internal.validation.ProblemIndex;

/**
 * A tree of a model editor's model, as the tree page and the Outline show it: EMF.Edit structure and labels, flows in
 * flow order, validation decorations, the editing context menu, drag and drop, and a refresh after every change.
 */
final class ModelTree implements ModelEditorListener {

	private final ModelEditorContext context;
	private final TreeViewer viewer;
	private final ModelLabelProvider labels;
	private final INotifyChangedListener modelListener = this::modelChanged;
	private boolean refreshScheduled;
	private boolean selectingItself;

	ModelTree(Composite parent, ModelEditorContext context, String widgetId) {
		this.context = context;
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setData(WidgetIds.ID_KEY, widgetId);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ItemContentProvider(context.adapterFactory()));
		labels = new ModelLabelProvider(context.adapterFactory(), new ItemImages(viewer.getControl()));
		labels.setProblems(new ProblemIndex(context.problems()));
		viewer.setLabelProvider(labels);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element != null && viewer.isExpandable(element)) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		ModelDragAndDrop.install(viewer, context.editingDomain());
		setInput(context.model());
		if (context.adapterFactory() instanceof IChangeNotifier notifier) {
			notifier.addListener(modelListener);
		}
		context.addListener(this);
		viewer.getControl().addDisposeListener(event -> {
			if (context.adapterFactory() instanceof IChangeNotifier notifier) {
				notifier.removeListener(modelListener);
			}
			context.removeListener(this);
		});
	}

	TreeViewer viewer() {
		return viewer;
	}

	/** Gives the tree the editing context menu; register the returned manager so other bundles can add to it. */
	MenuManager installContextMenu(String menuId) {
		MenuManager menuManager = new MenuManager("#PopUp", menuId);
		menuManager.setRemoveAllWhenShown(true);
		menuManager.addMenuListener(menu -> {
			if (context.editor().getEditorSite().getActionBarContributor() instanceof ModelEditorActionBarContributor
					contributor) {
				// The actions work on the selection of the view the menu opens in.
				contributor.selectionChanged(viewer.getSelection());
				contributor.menuAboutToShow(menu);
			}
		});
		Menu menu = menuManager.createContextMenu(viewer.getControl());
		viewer.getControl().setMenu(menu);
		return menuManager;
	}

	/** Selects and reveals {@code elements}. */
	void select(List<?> elements) {
		viewer.setSelection(new StructuredSelection(elements), true);
	}

	/** Whether the tree is changing its own selection (new input), not following the user. */
	boolean isSelectingItself() {
		return selectingItself;
	}

	private void setInput(AutopilotModel model) {
		setInput(model, model == null ? List.of() : List.of(model));
	}

	private void setInput(AutopilotModel model, List<?> selection) {
		selectingItself = true;
		try {
			viewer.setInput(model == null ? null : model.eResource());
			viewer.expandToLevel(2);
			viewer.setSelection(new StructuredSelection(selection), true);
		} finally {
			selectingItself = false;
		}
	}

	@Override
	public void modelReloaded(AutopilotModel model) {
		// The same elements as before, found again by their ids in the file read anew.
		List<Object> selection = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection().toList()) {
			if (element instanceof EObject old && old.eResource() != null) {
				EObject again = model.eResource().getEObject(old.eResource().getURIFragment(old));
				if (again != null) {
					selection.add(again);
				}
			}
		}
		setInput(model, selection.isEmpty() ? List.of(model) : selection);
	}

	@Override
	public void validated(List<ModelProblem> problems) {
		labels.setProblems(new ProblemIndex(problems));
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	}

	// Labels depend on other elements (a screen step names the profile that hides it) and a flow's order on its
	// transitions, so a change anywhere refreshes the whole tree, at most once per burst of notifications.
	private void modelChanged(Notification notification) {
		if (refreshScheduled || viewer.getControl().isDisposed()) {
			return;
		}
		refreshScheduled = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshScheduled = false;
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh(true);
			}
		});
	}
}
