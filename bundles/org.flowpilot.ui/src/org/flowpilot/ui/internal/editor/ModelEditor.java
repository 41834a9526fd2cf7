package org.flowpilot.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorListener;
import org.flowpilot.ui.editor.ModelElementPage;
import org.flowpilot.ui.internal.validation.ModelMarkers;
import org.flowpilot.ui.internal.validation.ValidationRun;

/**
 * The editor of {@code .autopilot} files: a multi-page editor whose pages (the model tree, the profile, ESP and users
 * and devices forms, diagrams) are contributed through {@code org.flowpilot.ui.modelEditorPages} and share one
 * editing domain, so one command stack, one undo history, one dirty state, one save and one selection.
 * <p>
 * Saves go through the workspace, which keeps the previous content in Local History, and replace the file atomically.
 * A file changed on disk reloads when the editor has no changes and asks when it has. A file that cannot be read
 * opens as an error page naming the line and is never written.
 */
public class ModelEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker,
		ITabbedPropertySheetPageContributor {

	private final Context context = new Context();
	private final ActivePageSelection selection = new ActivePageSelection();
	private final ListenerList<ModelEditorListener> listeners = new ListenerList<>();
	private final List<TabbedPropertySheetPage> propertyPages = new ArrayList<>();
	private final List<ModelOutlinePage> outlinePages = new ArrayList<>();
	private final IResourceChangeListener resourceListener = this::resourceChanged;
	private final IPartListener2 activationListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == ModelEditor.this) {
				editorActivated();
			}
		}
	};

	private final Listener shellActivationListener = event -> {
		if (getSite().getPage().getActivePart() == this) {
			editorActivated();
		}
	};

	private ModelSession session;
	private ModelLoadException loadFailure;
	private ValidationRun validation;
	private List<ModelProblem> problems = List.of();
	private boolean diskChangePending;
	// While a question about the file on disk is open, further changes wait for its answer instead of asking again.
	private boolean askingAboutDisk;
	private boolean commandStackUpdateScheduled;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		ModelLocation location = ModelLocation.of(input);
		super.init(site, input);
		// Form pages share this site; the editor's selection is its active page's.
		site.setSelectionProvider(selection);
		// Named before loading, so the tab of a file that fails to load says which file it is.
		setPartName(input.getName());
		setTitleToolTip(location.displayName());
		session = new ModelSession(location);
		try {
			session.load();
		} catch (ModelLoadException e) {
			loadFailure = e;
		}
		validation = new ValidationRun(site.getShell().getDisplay(), this::validationFinished);
		// Later, not inside the change: the Properties view applies a value and then updates its own entries, and a
		// refresh in between makes it apply the value a second time.
		Display display = site.getShell().getDisplay();
		session.commandStack().addCommandStackListener(event -> {
			if (!commandStackUpdateScheduled) {
				commandStackUpdateScheduled = true;
				display.asyncExec(this::commandStackChanged);
			}
		});
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		site.getPage().addPartListener(activationListener);
		// Coming back to the workbench from a terminal or git client checks the file, as text editors do.
		site.getShell().addListener(SWT.Activate, shellActivationListener);
	}

	@Override
	protected void addPages() {
		if (loadFailure != null) {
			addErrorPage();
			return;
		}
		// Before the pages: they and the Outline are built with the problems of the file as it was opened, instead of
		// being built, laid out, and then updated (the form's heading reflowing the whole form, the tree relabelled)
		// by a validation that ran after them. The markers are written by a job either way.
		try {
			context.validate();
		} catch (RuntimeException e) {
			// A failing rule (an extension's) must not keep the model from opening.
			ModelEditorPages.log("The model could not be validated", e);
		}
		addModelPages();
	}

	private void addModelPages() {
		for (var factory : ModelEditorPages.factories()) {
			try {
				IFormPage page = factory.createPage(context);
				if (page != null) {
					addPage(page);
				}
			} catch (PartInitException | RuntimeException e) {
				ModelEditorPages.log("A model editor page could not be created", e);
			}
		}
	}

	private void addErrorPage() {
		try {
			addPage(new LoadErrorPage(this, loadFailure));
		} catch (PartInitException e) {
			ModelEditorPages.log("The error page could not be created", e);
		}
		ModelMarkers.reportLoadFailure(session.location().workspaceFile(), loadFailure.getMessage(),
				loadFailure.line());
	}

	/** The context the pages share; for tests and for the workbench parts that adapt the editor. */
	public ModelEditorContext context() {
		return context;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.editingDomain();
	}

	@Override
	public String getContributorId() {
		return FlowpilotUi.MODEL_EDITOR_ID;
	}

	/** Whether the file could not be read and the editor shows the error page. */
	public boolean isShowingLoadFailure() {
		return loadFailure != null;
	}

	@Override
	public boolean isDirty() {
		return loadFailure == null && session != null && session.commandStack().isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (loadFailure != null) {
			// A file this editor could not read is never written over.
			return;
		}
		commitPages(true);
		if (!resolveSaveConflict()) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		try {
			session.save(monitor);
			session.commandStack().saveIsDone();
			diskChangePending = false;
			firePropertyChange(PROP_DIRTY);
			context.validate();
		} catch (IOException | CoreException | RuntimeException e) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			MessageDialog.openError(shell(), "Cannot Save Model",
					"Cannot save " + session.location().displayName() + ": " + e.getMessage());
		}
	}

	/**
	 * Before a save: when another program (the import wizard of another workbench, {@code flowpilot import}, git)
	 * changed the file since this editor read it, the person chooses between writing over that change, reloading the
	 * file and dropping the editor's changes, or cancelling. Returns whether the save goes ahead.
	 */
	private boolean resolveSaveConflict() {
		try {
			// A write behind the workspace's back is seen only after a refresh.
			session.refreshIfOutOfSync();
		} catch (CoreException e) {
			ModelEditorPages.log("The model file could not be refreshed before saving", e);
		}
		if (!session.changedOnDisk()) {
			return true;
		}
		int choice;
		askingAboutDisk = true;
		try {
			choice = new MessageDialog(shell(), "File Changed", null, "The file '" + session.location().displayName()
					+ "' has been changed on the file system since it was opened. Overwrite those changes with the"
					+ " editor's, or reload the file and drop the editor's changes?", MessageDialog.WARNING, 2,
					SaveConflict.labels()).open();
		} finally {
			askingAboutDisk = false;
		}
		// This answer covers the change the refresh reported.
		diskChangePending = false;
		switch (SaveConflict.of(choice)) {
			case OVERWRITE:
				return true;
			case RELOAD:
				reloadFromDisk();
				return false;
			default:
				// Asked once: switching back to the editor does not ask again about this version of the file.
				session.declineDiskVersion();
				return false;
		}
	}

	/** The answers to a save over a file changed on disk, in the order the dialog shows them. */
	enum SaveConflict {
		OVERWRITE("&Overwrite"), RELOAD("&Reload"), CANCEL("Cancel");

		private final String label;

		SaveConflict(String label) {
			this.label = label;
		}

		static String[] labels() {
			return Arrays.stream(values()).map(answer -> answer.label).toArray(String[]::new);
		}

		static SaveConflict of(int index) {
			return index >= 0 && index < values().length ? values()[index] : CANCEL;
		}
	}

	/** File &gt; Revert: drops the unsaved changes and reads the file again. */
	void revertToSaved() {
		if (isDirty()) {
			reloadFromDisk();
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
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && loadFailure == null) {
			return adapter.cast(createPropertySheetPage());
		}
		if (adapter == IContentOutlinePage.class && loadFailure == null) {
			ModelOutlinePage outline = new ModelOutlinePage(this, context) {
				@Override
				public void dispose() {
					outlinePages.remove(this);
					super.dispose();
				}
			};
			outlinePages.add(outline);
			return adapter.cast(outline);
		}
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		if (adapter == ModelEditorContext.class && loadFailure == null) {
			return adapter.cast(context);
		}
		return super.getAdapter(adapter);
	}

	private TabbedPropertySheetPage createPropertySheetPage() {
		TabbedPropertySheetPage page = new TabbedPropertySheetPage(this) {
			@Override
			public void setActionBars(IActionBars actionBars) {
				super.setActionBars(actionBars);
				// While the Properties view is active, Edit > Undo still undoes this model's changes.
				if (getEditorSite().getActionBarContributor() instanceof ModelEditorActionBarContributor contributor) {
					contributor.contributeGlobalActions(actionBars);
				}
			}

			@Override
			public void dispose() {
				propertyPages.remove(this);
				super.dispose();
			}
		};
		propertyPages.add(page);
		return page;
	}

	@Override
	public void gotoMarker(IMarker marker) {
		EObject element = ModelMarkers.elementOf(marker, session.resource());
		if (element != null) {
			context.reveal(List.of(element));
		}
	}

	// ---- changes

	private void commandStackChanged() {
		commandStackUpdateScheduled = false;
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		if (getEditorSite().getActionBarContributor() instanceof ModelEditorActionBarContributor contributor
				&& getSite().getPage().getActiveEditor() == this) {
			contributor.updateActions();
		}
		for (TabbedPropertySheetPage page : List.copyOf(propertyPages)) {
			if (page.getControl() != null && !page.getControl().isDisposed() && page.getCurrentTab() != null) {
				page.refresh();
				// The title names the element by its label, which the change may have changed.
				page.labelProviderChanged(new LabelProviderChangedEvent(new LabelProvider()));
			}
		}
		Command recent = session.commandStack().getMostRecentCommand();
		if (recent != null) {
			revealInActivePage(recent.getAffectedObjects());
		}
		validation.schedule(session.model());
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		selection.activate(getActivePageInstance());
	}

	private void revealInActivePage(Collection<?> affected) {
		List<Object> elements = affected.stream().filter(EObject.class::isInstance).map(Object.class::cast).toList();
		if (!elements.isEmpty() && getActivePageInstance() instanceof ModelElementPage page
				&& elements.stream().allMatch(page::canShow)) {
			page.show(elements);
		}
	}

	private void validationFinished(AutopilotModel validated, List<ModelProblem> found) {
		if (getContainer() == null || getContainer().isDisposed() || validated != session.model()) {
			return;
		}
		problems = found;
		ModelMarkers.update(session.location().workspaceFile(), session.resource(), found);
		for (ModelEditorListener listener : listeners) {
			listener.validated(found);
		}
	}

	private void resourceChanged(IResourceChangeEvent event) {
		IFile file = session.location().workspaceFile();
		if (file == null || event.getDelta() == null) {
			return;
		}
		IResourceDelta delta = event.getDelta().findMember(file.getFullPath());
		if (delta == null) {
			return;
		}
		Display display = getSite().getShell().getDisplay();
		if (delta.getKind() == IResourceDelta.REMOVED) {
			if ((delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
				IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath());
				display.asyncExec(() -> fileMoved(moved));
			} else {
				display.asyncExec(this::fileDeleted);
			}
		} else if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
			display.asyncExec(() -> {
				if (session.unansweredChangeOnDisk()) {
					diskChangePending = true;
					if (loadFailure != null || !isDirty() || isActive()) {
						handleDiskChange();
					}
				}
			});
		}
	}

	private boolean isActive() {
		return getSite().getPage().getActivePart() == this;
	}

	private void editorActivated() {
		if (session.outOfSyncWithWorkspace()) {
			// Changed behind the workspace's back (git, a terminal): the refresh's resource change does the rest.
			IFile file = session.location().workspaceFile();
			new WorkspaceJob("Refreshing " + file.getName()) {
				@Override
				public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
					file.refreshLocal(IResource.DEPTH_ZERO, monitor);
					return Status.OK_STATUS;
				}
			}.schedule();
		} else if (session.location().workspaceFile() == null && session.unansweredChangeOnDisk()) {
			diskChangePending = true;
		}
		if (diskChangePending) {
			handleDiskChange();
		}
	}

	private void handleDiskChange() {
		if (getContainer() == null || getContainer().isDisposed() || !diskChangePending || askingAboutDisk) {
			return;
		}
		diskChangePending = false;
		if (!session.unansweredChangeOnDisk() && loadFailure == null) {
			return;
		}
		if (isDirty()) {
			boolean replace;
			askingAboutDisk = true;
			try {
				replace = MessageDialog.openQuestion(shell(), "File Changed", "The file '"
						+ session.location().displayName() + "' has been changed on the file system. Do you want to"
						+ " replace the editor contents with these changes?");
			} finally {
				askingAboutDisk = false;
			}
			if (!replace) {
				session.declineDiskVersion();
				return;
			}
		}
		reloadFromDisk();
	}

	private void reloadFromDisk() {
		boolean wasShowingFailure = loadFailure != null;
		try {
			if (wasShowingFailure) {
				session.load();
			} else {
				session.reload();
			}
		} catch (ModelLoadException e) {
			loadFailure = e;
			replacePages(this::addErrorPage);
			return;
		}
		loadFailure = null;
		if (wasShowingFailure) {
			ModelMarkers.reportLoadFailure(session.location().workspaceFile(), null, 0);
			replacePages(this::addModelPages);
		} else {
			for (ModelEditorListener listener : listeners) {
				listener.modelReloaded(session.model());
			}
		}
		firePropertyChange(PROP_DIRTY);
		context.validate();
	}

	private void replacePages(Runnable addPages) {
		while (getPageCount() > 0) {
			if (pages.get(0) instanceof IFormPage page) {
				selection.unregister(page);
			}
			removePage(0);
		}
		addPages.run();
		if (getPageCount() > 0) {
			setActivePage(0);
		}
		firePropertyChange(PROP_DIRTY);
	}

	private void fileMoved(IFile moved) {
		FileEditorInput input = new FileEditorInput(moved);
		try {
			session.moveTo(ModelLocation.of(input));
		} catch (PartInitException e) {
			ModelEditorPages.log("The moved model cannot be followed", e);
			return;
		}
		setInputWithNotify(input);
		setPartName(input.getName());
		setTitleToolTip(session.location().displayName());
	}

	private void fileDeleted() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (!isDirty()) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		int choice = new MessageDialog(shell(), "File Deleted", null, "The file '" + session.location().displayName()
				+ "' has been deleted from the file system. Do you want to save your changes or close the editor"
				+ " without saving?", MessageDialog.QUESTION, 0, "&Save", "&Close").open();
		if (choice == 0) {
			doSave(null);
		} else {
			getSite().getPage().closeEditor(this, false);
		}
	}

	private Shell shell() {
		return getSite().getShell();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
		getSite().getPage().removePartListener(activationListener);
		if (!getSite().getShell().isDisposed()) {
			getSite().getShell().removeListener(SWT.Activate, shellActivationListener);
		}
		if (validation != null) {
			validation.cancel();
		}
		super.dispose();
		if (session != null) {
			session.dispose();
		}
	}

	/** What the pages share; see {@link ModelEditorContext}. */
	private final class Context implements ModelEditorContext {

		@Override
		public FormEditor editor() {
			return ModelEditor.this;
		}

		@Override
		public AdapterFactoryEditingDomain editingDomain() {
			return session.editingDomain();
		}

		@Override
		public AdapterFactory adapterFactory() {
			return session.adapterFactory();
		}

		@Override
		public AutopilotModel model() {
			return session.model();
		}

		@Override
		public IFile file() {
			return session.location().workspaceFile();
		}

		@Override
		public List<ModelProblem> problems() {
			return problems;
		}

		@Override
		public void validate() {
			if (session.model() != null) {
				validation.runNow(session.model());
			}
		}

		@Override
		public void reveal(List<?> elements) {
			if (elements.isEmpty()) {
				return;
			}
			IFormPage active = getActivePageInstance();
			if (active instanceof ModelElementPage page && elements.stream().allMatch(page::canShow)) {
				page.show(elements);
				return;
			}
			for (Object candidate : pages) {
				if (candidate instanceof ModelElementPage page && elements.stream().allMatch(page::canShow)) {
					setActivePage(((IFormPage) candidate).getId());
					page.show(elements);
					return;
				}
			}
		}

		@Override
		public void setSelectionProvider(IFormPage page, ISelectionProvider provider) {
			selection.register(page, provider);
		}

		@Override
		public void addListener(ModelEditorListener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeListener(ModelEditorListener listener) {
			listeners.remove(listener);
		}
	}
}
