package org.flowpilot.interop.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({GraphImportTest.class, RoundTripTest.class, BadInputTest.class, ImportProperties.class,
    BackupFolderTest.class, YamlInputTest.class, ConfigurationComparisonTest.class})
public class AllTests {
}
