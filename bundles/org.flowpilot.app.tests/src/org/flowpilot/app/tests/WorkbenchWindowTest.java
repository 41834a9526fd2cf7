package org.flowpilot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.app.FlowpilotApp;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchWindowTest {

	private SwtDriver driver;
	private IWorkbenchWindow window;
	private Shell shell;

	@BeforeEach
	void findWorkbenchWindow() {
		driver = SwtDriver.forWorkbench();
		window = driver.waitFor("a workbench window", () -> driver.onUi(() -> Optional
				.ofNullable(PlatformUI.getWorkbench().getActiveWorkbenchWindow())));
		shell = driver.onUi(window::getShell);
		driver.waitUntil("workbench window to be visible", () -> driver.onUi(shell::isVisible));
	}

	@Test
	void runsTheFlowpilotProductWithItsBranding() {
		IProduct product = Platform.getProduct();
		assertNotNull(product, "no product is running");
		assertEquals(FlowpilotApp.PRODUCT_ID, product.getId());
		assertEquals(FlowpilotApp.APPLICATION_ID, product.getApplication());
		assertEquals("Flowpilot", product.getName());
		assertTrue(driver.onUi(() -> shell.getImages().length) >= 4, "window icons are missing");
	}

	@Test
	void showsTheFlowpilotTitleAndTheDesignPerspective() {
		assertEquals(FlowpilotApp.WINDOW_TITLE, driver.onUi(shell::getText));
		assertEquals(FlowpilotUi.DESIGN_PERSPECTIVE_ID,
				driver.onUi(() -> window.getActivePage().getPerspective().getId()));
	}

	@Test
	void opensThePropertiesViewThroughTheWindowMenu() throws IOException {
		IWorkbenchPage page = driver.onUi(window::getActivePage);
		driver.runOnUi(() -> {
			IViewPart open = page.findView(IPageLayout.ID_PROP_SHEET);
			if (open != null) {
				page.hideView(open);
			}
		});
		assertNull(driver.onUi(() -> page.findView(IPageLayout.ID_PROP_SHEET)));

		driver.clickMenu(shell, "Window", "Show View", "Properties");

		driver.waitUntil("Properties view to be shown",
				() -> driver.onUi(() -> page.findView(IPageLayout.ID_PROP_SHEET) != null
						&& page.isPartVisible(page.findView(IPageLayout.ID_PROP_SHEET))));
		Path screenshot = driver.screenshot("workbench-properties-view");
		assertTrue(Files.size(screenshot) > 10_000, "screenshot is suspiciously small");
	}

	@Test
	void showsTheAboutDialogFromTheHelpMenu() {
		driver.clickMenu(shell, "Help", "About Flowpilot");
		Shell about = driver.findShell("About Flowpilot");
		try {
			StyledText text = driver.find(StyledText.class, t -> t.getShell() == about, "the About text");
			String version = Platform.getBundle("org.flowpilot.app").getVersion().toString();
			assertTrue(driver.onUi(text::getText).startsWith("Flowpilot " + version + "\n"), driver.onUi(text::getText));
			driver.screenshot("workbench-about-dialog");
		} finally {
			// A dialog left open would block every later test.
			driver.runOnUi(() -> about.forceActive());
			driver.pressKey(SWT.ESC);
		}
		driver.waitUntil("About dialog to close", () -> driver.onUi(about::isDisposed));
	}
}
