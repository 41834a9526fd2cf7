package org.flowpilot.testing.tests;

import org.eclipse.ui.PlatformUI;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScreenshotOnFailure.class)
abstract class DriverTestBase {

	SwtDriver driver;
	TestShell window;

	@BeforeEach
	void openShell() {
		driver = new SwtDriver(PlatformUI.getWorkbench().getDisplay());
		window = TestShell.open(driver.display());
		driver.waitUntil("test shell to be visible", () -> driver.onUi(window.shell::isVisible));
	}

	@AfterEach
	void closeShell() {
		window.close();
	}
}
