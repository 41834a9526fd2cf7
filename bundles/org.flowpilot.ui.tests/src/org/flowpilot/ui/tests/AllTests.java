package org.flowpilot.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The UI tests, in one workbench. DragAndDropTest stays last (see there why).
 */
@Suite
@SelectClasses({ DesignPerspectiveTest.class, ImportExportWizardTest.class, ModelEditorTest.class,
		ModelEditorPagesTest.class, ProfileFormTest.class, EspFormTest.class, UsersAndDevicesTest.class,
		EditingTest.class, ValidationTest.class, FileSafetyTest.class, StarterModelTest.class,
		NewModelWizardTest.class, BrowserScriptsTest.class, ScreenPreviewViewTest.class, DiagramPageTest.class, CompareModelsTest.class,
		RunHighlightsTest.class, OutlineTest.class, DragAndDropTest.class })
public class AllTests {
}
