package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScreenshotOnFailure.class)
class DesignPerspectiveTest {

	private static final List<String> INITIAL_VIEWS = List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
			IPageLayout.ID_PROBLEM_VIEW);

	private SwtDriver driver;
	private IWorkbenchPage page;

	@BeforeEach
	void openDesignPerspective() {
		driver = SwtDriver.forWorkbench();
		page = driver.waitFor("an active workbench page", () -> driver.onUi(() -> Optional
				.ofNullable(PlatformUI.getWorkbench().getActiveWorkbenchWindow())
				.map(w -> w.getActivePage())));
		driver.runOnUi(() -> {
			page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
					.findPerspectiveWithId(FlowpilotUi.DESIGN_PERSPECTIVE_ID));
			page.resetPerspective();
		});
	}

	@Test
	void isRegisteredUnderItsName() {
		assertEquals("Design", driver.onUi(() -> PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(FlowpilotUi.DESIGN_PERSPECTIVE_ID).getLabel()));
	}

	@Test
	void opensWithTheExplorerOutlineAndProblemsViews() {
		for (String viewId : INITIAL_VIEWS) {
			IViewPart view = driver.onUi(() -> page.findView(viewId));
			assertNotNull(view, viewId + " is not open");
			assertTrue(driver.onUi(() -> page.isPartVisible(view)), viewId + " is not visible");
		}
		assertNull(driver.onUi(() -> page.findView(IPageLayout.ID_PROP_SHEET)),
				"Properties is a placeholder until it is asked for");
		driver.screenshot("design-perspective");
	}

	@Test
	void offersTheModelingViewsInShowView() {
		List<String> shortcuts = List.of(driver.onUi(page::getShowViewShortcuts));
		assertTrue(shortcuts.containsAll(INITIAL_VIEWS), shortcuts.toString());
		assertTrue(shortcuts.contains(IPageLayout.ID_PROP_SHEET), shortcuts.toString());
	}

	@Test
	void placesPropertiesInTheBottomFolderWhenShown() {
		IViewPart properties = driver.onUi(() -> page.showView(IPageLayout.ID_PROP_SHEET));
		IViewPart problems = driver.onUi(() -> page.findView(IPageLayout.ID_PROBLEM_VIEW));
		// Views stacked in one folder share their parent composite's position on the screen.
		assertEquals(driver.onUi(() -> problems.getSite().getShell()), driver.onUi(() -> properties.getSite().getShell()));
		assertEquals(driver.onUi(() -> page.getViewStack(problems).length > 1), Boolean.TRUE);
		assertTrue(List.of(driver.onUi(() -> page.getViewStack(problems))).contains(properties));
	}
}
