package org.flowpilot.model.edit.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ ItemProvidersTest.class, PropertyNamesTest.class, FlowOrderTest.class, EditingProperties.class })
public class AllTests {
}
