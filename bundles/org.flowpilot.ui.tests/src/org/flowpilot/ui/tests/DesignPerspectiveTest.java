package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
			IPageLayout.ID_PROP_SHEET);

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
	void opensWithTheExplorerOutlineAndPropertiesShownAndProblemsBesideProperties() {
		for (String viewId : INITIAL_VIEWS) {
			IViewPart view = driver.onUi(() -> page.findView(viewId));
			assertNotNull(view, viewId + " is not open");
			assertTrue(driver.onUi(() -> page.isPartVisible(view)), viewId + " is not visible");
		}
		IViewPart problems = driver.onUi(() -> page.findView(IPageLayout.ID_PROBLEM_VIEW));
		assertNotNull(problems, "Problems is not open");
		IViewPart properties = driver.onUi(() -> page.findView(IPageLayout.ID_PROP_SHEET));
		assertTrue(List.of(driver.onUi(() -> page.getViewStack(problems))).contains(properties),
				"Problems and Properties share the bottom folder");
		driver.screenshot("design-perspective");
	}

	@Test
	void offersTheModelingViewsInShowView() {
		List<String> shortcuts = List.of(driver.onUi(page::getShowViewShortcuts));
		assertTrue(shortcuts.containsAll(INITIAL_VIEWS), shortcuts.toString());
		assertTrue(shortcuts.contains(IPageLayout.ID_PROP_SHEET), shortcuts.toString());
	}

}
