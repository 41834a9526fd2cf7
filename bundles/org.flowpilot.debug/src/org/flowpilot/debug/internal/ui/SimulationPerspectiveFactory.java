package org.flowpilot.debug.internal.ui;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.ui.FlowpilotUi;

/**
 * The Simulation perspective, where a scenario is stepped through: the sessions (Debug view) and the state
 * (Variables, Breakpoints) on the left, the model editor (diagram or tree) in the middle, what the person sees
 * (Screen Preview) on the right, and the steps (Timeline, Console) below those two.
 */
public final class SimulationPerspectiveFactory implements IPerspectiveFactory {

	/** The folder holding the Debug view. */
	public static final String SESSIONS_FOLDER = FlowpilotDebug.PLUGIN_ID + ".folders.sessions";
	/** The folder holding Variables and Breakpoints. */
	public static final String STATE_FOLDER = FlowpilotDebug.PLUGIN_ID + ".folders.state";
	/** The folder holding the Screen Preview. */
	public static final String PREVIEW_FOLDER = FlowpilotDebug.PLUGIN_ID + ".folders.preview";
	/** The folder holding the Timeline and the Console. */
	public static final String STEPS_FOLDER = FlowpilotDebug.PLUGIN_ID + ".folders.steps";

	private static final String CONSOLE_VIEW_ID = "org.eclipse.ui.console.ConsoleView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		// The left column first, so that it keeps the window's full height for the sessions and the variables.
		IFolderLayout sessions = layout.createFolder(SESSIONS_FOLDER, IPageLayout.LEFT, 0.22f, editors);
		sessions.addView(IDebugUIConstants.ID_DEBUG_VIEW);
		IFolderLayout state = layout.createFolder(STATE_FOLDER, IPageLayout.BOTTOM, 0.30f, SESSIONS_FOLDER);
		state.addView(IDebugUIConstants.ID_VARIABLE_VIEW);
		state.addView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
		IFolderLayout steps = layout.createFolder(STEPS_FOLDER, IPageLayout.BOTTOM, 0.68f, editors);
		steps.addView(FlowpilotUi.TIMELINE_VIEW_ID);
		steps.addView(CONSOLE_VIEW_ID);
		IFolderLayout preview = layout.createFolder(PREVIEW_FOLDER, IPageLayout.RIGHT, 0.60f, editors);
		preview.addView(FlowpilotUi.SCREEN_PREVIEW_VIEW_ID);

		layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
		layout.addActionSet(IDebugUIConstants.DEBUG_ACTION_SET);
		layout.addActionSet("org.eclipse.debug.ui.breakpointActionSet");
		layout.addShowViewShortcut(IDebugUIConstants.ID_DEBUG_VIEW);
		layout.addShowViewShortcut(IDebugUIConstants.ID_VARIABLE_VIEW);
		layout.addShowViewShortcut(IDebugUIConstants.ID_BREAKPOINT_VIEW);
		layout.addShowViewShortcut(FlowpilotUi.TIMELINE_VIEW_ID);
		layout.addShowViewShortcut(FlowpilotUi.SCREEN_PREVIEW_VIEW_ID);
		layout.addShowViewShortcut(CONSOLE_VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addPerspectiveShortcut(FlowpilotUi.DESIGN_PERSPECTIVE_ID);
	}
}
