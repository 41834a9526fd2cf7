package org.flowpilot.example.extension.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ MissingStepKindTest.class, InstalledAtRuntimeTest.class })
public class AllTests {
}
