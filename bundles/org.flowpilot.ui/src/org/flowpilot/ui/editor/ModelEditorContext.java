package org.flowpilot.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.validation.ModelProblem;

/**
 * What every page of the {@code .autopilot} model editor shares: one editing domain (so one command stack, one undo
 * history and one dirty state), the item providers for labels and properties, the model, and its latest validation.
 * <p>
 * Pages change the model only through commands on {@link #editingDomain()}'s command stack. A page that shows model
 * elements publishes its selection with {@link #setSelectionProvider}; the editor passes the active page's selection
 * on to the workbench (Properties, Outline, actions). Form pages share the editor's site, so a page must not set the
 * site's selection provider itself.
 */
public interface ModelEditorContext {

    /** The multi-page editor the pages belong to. */
    FormEditor editor();

    /** The editing domain all pages edit through. */
    AdapterFactoryEditingDomain editingDomain();

    /** The item providers (labels, icons, property descriptors) of model elements. */
    AdapterFactory adapterFactory();

    /** The model as it is now; a reload from disk replaces it (see {@link ModelEditorListener#modelReloaded}). */
    AutopilotModel model();

    /** The workspace file the model is saved to, or null for a file outside the workspace. */
    IFile file();

    /** The findings of the latest validation, which runs on open, on save, on demand and while editing. */
    List<ModelProblem> problems();

    /** Validates now and updates the Problems view, the decorations and every listener. */
    void validate();

    /**
     * Shows {@code elements} and selects them: in the active page when it can show them, otherwise in the first
     * page that can.
     */
    void reveal(List<?> elements);

    /**
     * Makes {@code provider} the source of the editor's selection while {@code page} is the active page; a page that
     * shows model elements calls it when it creates its controls.
     */
    void setSelectionProvider(IFormPage page, ISelectionProvider provider);

    /** Registers a listener for reloads and validations; listeners are called on the UI thread. */
    void addListener(ModelEditorListener listener);

    /** Removes a listener added with {@link #addListener}. */
    void removeListener(ModelEditorListener listener);
}
