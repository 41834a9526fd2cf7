package org.flowpilot.debug.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ StateVariablesTest.class, SimulationSessionTest.class, SimulationUiTest.class })
public class AllTests {
}
