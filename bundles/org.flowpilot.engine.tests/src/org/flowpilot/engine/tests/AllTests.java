package org.flowpilot.engine.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ SemanticsTest.class, RunControlTest.class, ExtensionTest.class, FailureChoiceTest.class,
        InjectedFailureTest.class, TypedRecordsTest.class,
        ScreenCatalogueTest.class, LicenseTermsTest.class, IsolationTest.class, EngineProperties.class,
        ContributedExtensionsTest.class })
public class AllTests {
}
