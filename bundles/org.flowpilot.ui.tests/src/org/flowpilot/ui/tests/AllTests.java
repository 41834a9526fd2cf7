package org.flowpilot.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ DesignPerspectiveTest.class, ImportExportWizardTest.class, ModelEditorTest.class,
		ModelEditorPagesTest.class, ScreenPreviewViewTest.class, DiagramPageTest.class, CompareModelsTest.class,
		RunHighlightsTest.class })
public class AllTests {
}
