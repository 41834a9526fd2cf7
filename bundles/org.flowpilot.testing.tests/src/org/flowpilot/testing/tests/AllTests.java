package org.flowpilot.testing.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ SwtDriverLookupTest.class, SwtDriverInputTest.class, SwtDriverMenuTest.class,
		ScreenshotTest.class })
public class AllTests {
}
