package org.flowpilot.model.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ PersistenceTest.class, ModelFileErrorsTest.class, AtomicFilesTest.class, HiddenScreensTest.class,
        QueriesTest.class, FleetAssignmentsProperties.class, ProfileRulesTest.class, DeviceRulesTest.class,
        EspRulesTest.class, ScenarioRulesTest.class, FlowRulesTest.class, SharedRulesTest.class,
        ContributedRulesTest.class })
public class AllTests {
}
