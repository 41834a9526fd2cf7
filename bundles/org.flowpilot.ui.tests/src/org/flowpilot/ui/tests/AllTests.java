package org.flowpilot.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The UI tests, in one workbench. DragAndDropTest stays last (see there why).
 */
@Suite
@SelectClasses({ ImportExportWizardTest.class })
public class AllTests {
}
