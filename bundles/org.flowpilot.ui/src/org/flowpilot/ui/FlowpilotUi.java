package org.flowpilot.ui;

/**
 * Identifiers of the workbench parts that Flowpilot contributes, for use by other bundles and by tests.
 */
public final class FlowpilotUi {

	/** The "Design" perspective: model tree, properties, problems and the editor area for diagrams. */
	public static final String DESIGN_PERSPECTIVE_ID = "org.flowpilot.ui.perspectives.design";

	/** The folder at the bottom of the Design perspective that holds Problems, Properties and, later, run views. */
	public static final String BOTTOM_FOLDER_ID = "org.flowpilot.ui.folders.bottom";

	/** The editor of {@code .autopilot} model files: a model tree with the Properties view. */
	public static final String MODEL_EDITOR_ID = "org.flowpilot.ui.editors.model";

	private FlowpilotUi() {
	}
}
