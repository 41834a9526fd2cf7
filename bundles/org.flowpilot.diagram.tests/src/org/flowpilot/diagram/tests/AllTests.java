package org.flowpilot.diagram.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Every test of the diagram bundle. */
@Suite
@SelectClasses({DiagramLayoutTest.class, LayeredLayoutTest.class, FlowDiagramTest.class, AssignmentDiagramTest.class,
    GModelJsonTest.class, BrowserSimulationTest.class, ServeSecurityTest.class, ServeBrowserTest.class, ContributedStepTypesTest.class})
public class AllTests {
}
