package org.flowpilot.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.testing.WaitTimeoutException;
import org.junit.jupiter.api.Test;

class SwtDriverLookupTest extends DriverTestBase {

	@Test
	void findsWidgetsById() {
		assertSame(window.okButton, driver.findById(Button.class, "ok"));
		assertSame(window.nameText, driver.findById(Text.class, "name"));
	}

	@Test
	void findsWidgetsByVisibleTextIgnoringMnemonicsAndAccelerators() {
		assertSame(window.okButton, driver.findByText(Button.class, "OK"));
		assertSame(window.runItem, driver.findByText(ToolItem.class, "Run"));
		assertSame(window.aboutItem, driver.findByText(MenuItem.class, "About the shell"));
		assertEquals("Fabrikam self-deploying",
				driver.onUi(driver.findByText(TreeItem.class, "Fabrikam self-deploying")::getText));
	}

	@Test
	void findsTextFieldsByTheirLabel() {
		assertSame(window.nameText, driver.findByLabel(Text.class, "Device name:"));
		assertSame(window.groupTagText, driver.findByLabel(Text.class, "Group tag:"));
	}

	@Test
	void findsShellsByTitleAndWidgetsByType() {
		assertSame(window.shell, driver.findShell("Driver test shell"));
		assertTrue(driver.findByType(Text.class) instanceof Text);
	}

	@Test
	void findsAWidgetThatAppearsLater() {
		driver.display().asyncExec(() -> {
			try {
				Thread.sleep(300);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			window.okButton.setData(SwtDriver.ID_KEY, "late");
		});
		assertSame(window.okButton, driver.findById(Button.class, "late"));
	}

	@Test
	void failsWithAMessageThatSaysWhatWasMissing() {
		SwtDriver impatient = new SwtDriver(driver.display(), Duration.ofMillis(200));
		WaitTimeoutException failure = assertThrows(WaitTimeoutException.class,
				() -> impatient.findById(Shell.class, "no-such-shell"));
		assertEquals("Timed out after 200 ms waiting for Shell with id 'no-such-shell'", failure.getMessage());
	}

	@Test
	void refusesToRunOnTheUiThread() {
		IllegalStateException failure = driver.onUi(() -> assertThrows(IllegalStateException.class,
				() -> new SwtDriver(driver.display())));
		assertTrue(failure.getMessage().contains("not the UI thread"), failure.getMessage());
	}
}
