package org.flowpilot.ui;

/**
 * Identifiers of the workbench parts that Flowpilot contributes, for use by other bundles and by tests.
 */
public final class FlowpilotUi {

	/** The bundle's symbolic name, which is also the qualifier of its preferences. */
	public static final String PLUGIN_ID = "org.flowpilot.ui";

	/** The "Design" perspective: model tree, properties, problems and the editor area for diagrams. */
	public static final String DESIGN_PERSPECTIVE_ID = "org.flowpilot.ui.perspectives.design";

	/** The folder at the bottom of the Design perspective that holds Problems, Properties and, later, run views. */
	public static final String BOTTOM_FOLDER_ID = "org.flowpilot.ui.folders.bottom";

	/** The editor of {@code .autopilot} model files: forms, a model tree and diagrams on one editing domain. */
	public static final String MODEL_EDITOR_ID = "org.flowpilot.ui.editors.model";

	/** The extension point through which bundles add pages to the model editor. */
	public static final String MODEL_EDITOR_PAGES_EXTENSION_POINT = "org.flowpilot.ui.modelEditorPages";

	/** The id of the model editor's tree page, which shows every element. */
	public static final String MODEL_TREE_PAGE_ID = "org.flowpilot.ui.pages.tree";

	/** The id of the model editor's Profile page. */
	public static final String PROFILE_PAGE_ID = "org.flowpilot.ui.pages.profile";

	/** The id of the model editor's ESP page. */
	public static final String ESP_PAGE_ID = "org.flowpilot.ui.pages.esp";

	/** The id of the model editor's Users and devices page. */
	public static final String USERS_AND_DEVICES_PAGE_ID = "org.flowpilot.ui.pages.usersAndDevices";

	/** The content type of {@code .autopilot} files (XML). */
	public static final String MODEL_CONTENT_TYPE_ID = "org.flowpilot.ui.autopilotModel";

	/** Problems the validator finds in a model; markers carry the rule id and the element's id. */
	public static final String MODEL_PROBLEM_MARKER = "org.flowpilot.ui.modelProblem";

	/** A model file that cannot be read; the marker carries the line. */
	public static final String LOAD_PROBLEM_MARKER = "org.flowpilot.ui.loadProblem";

	/** The New Flowpilot Model wizard. */
	public static final String NEW_MODEL_WIZARD_ID = "org.flowpilot.ui.wizards.newModel";

	/** The New Flowpilot Project wizard. */
	public static final String NEW_PROJECT_WIZARD_ID = "org.flowpilot.ui.wizards.newProject";

	/** The Screen Preview view: what the person sees at a step of a run. */
	public static final String SCREEN_PREVIEW_VIEW_ID = "org.flowpilot.ui.views.screenPreview";

	/** The Timeline view: the steps of the simulation in focus, to move it back and forth. */
	public static final String TIMELINE_VIEW_ID = "org.flowpilot.ui.views.timeline";

	/** The command that validates the model of the active editor. */
	public static final String VALIDATE_COMMAND_ID = "org.flowpilot.ui.commands.validate";

	private FlowpilotUi() {
	}
}
