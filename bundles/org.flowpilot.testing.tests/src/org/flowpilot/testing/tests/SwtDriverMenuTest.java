package org.flowpilot.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.flowpilot.testing.SwtDriver;
import org.flowpilot.testing.WaitTimeoutException;
import org.junit.jupiter.api.Test;

class SwtDriverMenuTest extends DriverTestBase {

	@Test
	void clicksThroughNestedMenusWithRealClicks() {
		driver.clickMenu(window.shell, "File", "More", "About the shell");
		driver.waitUntil("menu item selection", () -> window.events.contains("menu:About the shell"));
		assertEquals(List.of("menu:About the shell"), List.copyOf(window.events));
	}

	@Test
	void namesTheMissingMenuItem() {
		SwtDriver impatient = new SwtDriver(driver.display(), Duration.ofMillis(500));
		WaitTimeoutException failure = assertThrows(WaitTimeoutException.class,
				() -> impatient.clickMenu(window.shell, "File", "Missing"));
		assertEquals("Timed out after 500 ms waiting for menu item File > Missing", failure.getMessage());
		// Leave no menu open for the next test.
		driver.pressKey(org.eclipse.swt.SWT.ESC);
		driver.pressKey(org.eclipse.swt.SWT.ESC);
	}
}
