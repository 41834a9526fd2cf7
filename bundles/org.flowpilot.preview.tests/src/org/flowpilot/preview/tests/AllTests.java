package org.flowpilot.preview.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ LayoutContractTest.class, RecordPreviewTest.class, ContributorTest.class })
public class AllTests {
}
