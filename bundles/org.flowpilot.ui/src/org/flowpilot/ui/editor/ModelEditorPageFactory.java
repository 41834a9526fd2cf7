package org.flowpilot.ui.editor;

import org.eclipse.ui.forms.editor.IFormPage;

/**
 * Makes one page of the {@code .autopilot} model editor. Factories are contributed through the
 * {@code org.flowpilot.ui.modelEditorPages} extension point, which orders the pages; a page may be a form, a tree or
 * a diagram, and edits only through {@link ModelEditorContext#editingDomain()}.
 */
public interface ModelEditorPageFactory {

    /**
     * Creates the page for the editor behind {@code context}, or returns null to add no page to this editor (for
     * example a diagram page for a model without flows). Called once per editor, before its controls exist.
     */
    IFormPage createPage(ModelEditorContext context);
}
