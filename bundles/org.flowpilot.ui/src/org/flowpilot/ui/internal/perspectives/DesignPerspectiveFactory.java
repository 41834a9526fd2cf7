package org.flowpilot.ui.internal.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.flowpilot.ui.FlowpilotUi;

/**
 * Lays out the Design perspective: models on the left, the editor in the middle, outline on the right and
 * properties and problems below.
 */
public class DesignPerspectiveFactory implements IPerspectiveFactory {

	// The run views (Screen preview, Timeline) land in the bottom folder once the engine exists; their ids are
	// registered as placeholders now so a saved layout does not have to be reset when they arrive.
	private static final String SCREEN_PREVIEW_VIEW_ID = "org.flowpilot.ui.views.screenPreview";
	private static final String TIMELINE_VIEW_ID = "org.flowpilot.ui.views.timeline";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();

		IFolderLayout left = layout.createFolder("org.flowpilot.ui.folders.left", IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout right = layout.createFolder("org.flowpilot.ui.folders.right", IPageLayout.RIGHT, 0.76f,
				editorArea);
		right.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout bottom = layout.createFolder(FlowpilotUi.BOTTOM_FOLDER_ID, IPageLayout.BOTTOM, 0.70f,
				editorArea);
		// Properties first: the settings of what is selected are what a modeler looks at most; Validate brings
		// Problems to the front when there is something to see.
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(SCREEN_PREVIEW_VIEW_ID);
		bottom.addPlaceholder(TIMELINE_VIEW_ID);

		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addPerspectiveShortcut(FlowpilotUi.DESIGN_PERSPECTIVE_ID);
		// File > New and the tool bar's New offer these first.
		layout.addNewWizardShortcut(FlowpilotUi.NEW_MODEL_WIZARD_ID);
		layout.addNewWizardShortcut(FlowpilotUi.NEW_PROJECT_WIZARD_ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
	}
}
