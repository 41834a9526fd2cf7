package org.flowpilot.ui.editor;

import java.util.List;

/**
 * A model editor page that can show and select given model elements, such as the tree (every element) or the profile
 * form (profiles). {@link ModelEditorContext#reveal} asks the pages that implement it.
 */
public interface ModelElementPage {

    /** Whether this page can show {@code element}. */
    boolean canShow(Object element);

    /** Shows and selects {@code elements}, which this page {@linkplain #canShow can show}. */
    void show(List<?> elements);
}
