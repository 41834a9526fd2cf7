package org.flowpilot.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.persistence.AtomicFiles;

/**
 * Edits a {@code .autopilot} model as a tree, with the Properties view for the selected element. Every change is a
 * command on the editor's command stack, so Edit > Undo and Redo work and the editor knows when it is dirty.
 */
public class ModelEditor extends EditorPart implements IEditingDomainProvider {

	/** The {@code id} widget data of the model tree, for tests. */
	public static final String TREE_WIDGET_ID = "modelEditor.tree";

	private final List<PropertySheetPage> propertySheetPages = new ArrayList<>();
	private final INotifyChangedListener modelListener = this::modelChanged;

	private ModelLocation location;
	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain editingDomain;
	private BasicCommandStack commandStack;
	private Resource resource;
	private CommandStackAction undo;
	private CommandStackAction redo;
	private TreeViewer viewer;
	private boolean refreshScheduled;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		// Named before loading, so the tab of a file that fails to load says which file it is.
		setPartName(input.getName());
		location = ModelLocation.of(input);
		adapterFactory = AutopilotItemProviders.createAdapterFactory();
		commandStack = new BasicCommandStack();
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		try {
			resource = ModelLoader.load(editingDomain.getResourceSet(), location);
		} catch (PartInitException e) {
			adapterFactory.dispose();
			throw e;
		}
		setTitleToolTip(location.displayName());
		undo = CommandStackAction.undo(commandStack);
		redo = CommandStackAction.redo(commandStack);
		// Later, not inside the change: the Properties view applies a value and then updates its own entries, and a
		// refresh in between makes it apply the value a second time.
		Display display = site.getShell().getDisplay();
		commandStack.addCommandStackListener(event -> display.asyncExec(this::commandStackChanged));
	}

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setData("id", TREE_WIDGET_ID);
		viewer.setContentProvider(new ItemContentProvider(adapterFactory));
		viewer.setLabelProvider(new ItemLabelProvider(adapterFactory, new ItemImages(viewer.getControl())));
		viewer.setUseHashlookup(true);
		viewer.setInput(resource);
		viewer.expandToLevel(2);
		getSite().setSelectionProvider(viewer);
		adapterFactory.addListener(modelListener);
		viewer.setSelection(new StructuredSelection(resource.getContents().get(0)), true);
	}

	/** Sets this editor's Undo and Redo as the handlers of the workbench's global Edit > Undo and Redo. */
	void contributeGlobalActions(IActionBars actionBars) {
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		actionBars.updateActionBars();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return editingDomain;
	}

	@Override
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			AtomicFiles.save(resource, location.path());
			commandStack.saveIsDone();
			firePropertyChange(PROP_DIRTY);
			location.refreshWorkspace();
		} catch (IOException | CoreException e) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			MessageDialog.openError(getSite().getShell(), "Cannot Save Model",
					"Cannot save " + location.displayName() + ": " + e.getMessage());
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("Save As is not offered for models");
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(createPropertySheetPage());
		}
		return super.getAdapter(adapter);
	}

	private PropertySheetPage createPropertySheetPage() {
		PropertySheetPage page = new PropertySheetPage() {
			@Override
			public void setActionBars(IActionBars actionBars) {
				super.setActionBars(actionBars);
				// While the Properties view is active, Edit > Undo still undoes this model's changes.
				contributeGlobalActions(actionBars);
			}

			@Override
			public void dispose() {
				propertySheetPages.remove(this);
				super.dispose();
			}
		};
		page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
		propertySheetPages.add(page);
		return page;
	}

	private void commandStackChanged() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		undo.update();
		redo.update();
		for (PropertySheetPage page : List.copyOf(propertySheetPages)) {
			if (page.getControl() != null && !page.getControl().isDisposed()) {
				page.refresh();
			}
		}
	}

	// Labels depend on other elements (a screen step names the profile that hides it), so a change anywhere
	// refreshes the whole tree, at most once per burst of notifications.
	private void modelChanged(Notification notification) {
		onUiThread(() -> {
			if (refreshScheduled) {
				return;
			}
			refreshScheduled = true;
			viewer.getControl().getDisplay().asyncExec(() -> {
				refreshScheduled = false;
				if (!viewer.getControl().isDisposed()) {
					viewer.refresh(true);
				}
			});
		});
	}

	private void onUiThread(Runnable runnable) {
		Display display = getSite().getShell().getDisplay();
		if (Display.getCurrent() == display) {
			runnable.run();
		} else {
			display.asyncExec(runnable);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory != null) {
			adapterFactory.removeListener(modelListener);
			adapterFactory.dispose();
		}
		super.dispose();
	}
}
