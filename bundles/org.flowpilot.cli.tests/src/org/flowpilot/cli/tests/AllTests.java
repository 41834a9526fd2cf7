package org.flowpilot.cli.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({CommandsTest.class, SimulateCommandTest.class, ExplainCommandTest.class, ReportTest.class,
        ExitCodeTest.class, HtmlReportTest.class, HtmlReportBrowserTest.class, DomainFidelityTest.class,
        ExplainDevicesTest.class, CommandProperties.class, BackupImportTest.class, DiffCommandTest.class,
        MarkdownTest.class, EspChoiceTest.class})
public class AllTests {
}
