package org.flowpilot.library.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ StandardFlowsTest.class, ContosoExampleTest.class })
public class AllTests {
}
