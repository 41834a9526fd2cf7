package org.flowpilot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The main menu holds what a modeling user needs and nothing of a text or Java IDE. */
@ExtendWith(ScreenshotOnFailure.class)
class MenusTest {

	private SwtDriver driver;
	private Shell shell;

	@BeforeEach
	void findWorkbenchWindow() {
		driver = SwtDriver.forWorkbench();
		IWorkbenchWindow window = driver.waitFor("a workbench window", () -> driver.onUi(() -> Optional
				.ofNullable(PlatformUI.getWorkbench().getActiveWorkbenchWindow())));
		shell = driver.onUi(window::getShell);
	}

	private List<String> items(String menu) {
		driver.clickMenu(shell, menu);
		Menu opened = driver.onUi(() -> {
			for (MenuItem item : shell.getMenuBar().getItems()) {
				if (menu.equals(item.getText().replace("&", ""))) {
					return item.getMenu();
				}
			}
			return null;
		});
		driver.waitUntil("the " + menu + " menu to open", () -> driver.onUi(opened::isVisible));
		List<String> texts = driver.onUi(() -> {
			List<String> found = new ArrayList<>();
			for (MenuItem item : opened.getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) == 0) {
					found.add(item.getText().replace("&", "").replaceFirst("\t.*", ""));
				}
			}
			return found;
		});
		driver.pressKey(SWT.ESC);
		driver.waitUntil("the " + menu + " menu to close", () -> !driver.onUi(opened::isVisible));
		return texts;
	}

	@Test
	void theMenuBarHoldsFileEditWindowAndHelp() {
		List<String> top = driver.onUi(() -> {
			List<String> found = new ArrayList<>();
			for (MenuItem item : shell.getMenuBar().getItems()) {
				found.add(item.getText().replace("&", ""));
			}
			return found;
		});
		assertEquals(List.of("File", "Edit", "Window", "Help"), top);
	}

	@Test
	void theFileMenuHasNoTextOrIdeTools() {
		List<String> file = items("File");
		assertTrue(file.containsAll(List.of("New", "Open File...", "Close Editor", "Save", "Revert", "Import...",
				"Export...", "Exit")), file.toString());
		for (String unwanted : List.of("Convert Line Delimiters To", "Restart", "Save As...")) {
			assertFalse(file.contains(unwanted), unwanted + " is in " + file);
		}
	}

	@Test
	void theHelpMenuHoldsAbout() {
		List<String> help = items("Help");
		assertEquals(List.of("About Flowpilot"), help);
	}
}
