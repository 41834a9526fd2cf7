package org.flowpilot.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ DesignPerspectiveTest.class, ImportExportWizardTest.class, ModelEditorTest.class,
		ModelEditorPagesTest.class, ProfileFormTest.class, EspFormTest.class, UsersAndDevicesTest.class,
		EditingTest.class, ValidationTest.class, FileSafetyTest.class, StarterModelTest.class,
		NewModelWizardTest.class, ScreenPreviewViewTest.class, DiagramPageTest.class,
		CompareModelsTest.class })
public class AllTests {
}
