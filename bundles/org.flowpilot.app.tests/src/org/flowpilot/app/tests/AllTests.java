package org.flowpilot.app.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ WorkbenchWindowTest.class, ExampleOnFirstStartTest.class, MenusTest.class })
public class AllTests {
}
