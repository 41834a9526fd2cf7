package org.flowpilot.ui;

/**
 * The {@code id} widget data ({@code widget.setData("id", ...)}) of Flowpilot's controls, for UI tests and
 * accessibility tools.
 */
public final class WidgetIds {

	/** The widget data key the ids are stored under. */
	public static final String ID_KEY = "id";

	/** The tree of the model editor's tree page. */
	public static final String MODEL_TREE = "modelEditor.tree";

	/** The tree of the Outline view's page for a model editor. */
	public static final String OUTLINE_TREE = "modelEditor.outline";

	/** The message of the error page a model that cannot be read opens as. */
	public static final String LOAD_ERROR_MESSAGE = "modelEditor.loadError";

	private WidgetIds() {
	}
}
