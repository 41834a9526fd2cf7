package org.flowpilot.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.flowpilot.debug.internal.model.SimulationTarget;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.model.Step;
import org.flowpilot.testing.WaitTimeoutException;
import org.flowpilot.ui.simulation.SimulationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed's user flow (Contoso, "Adele signs in to her laptop") debugged as a person would: Simulate from the model
 * tree, then the Debug view's toolbar, the Timeline and the Breakpoints, with real clicks and keys; at each step the
 * step shown in the model, the Variables and the Screen Preview are checked.
 */
@ExtendWith(ScreenshotAtFailure.class)
class SimulationUiTest {

	private static final String USER_FLOW = "Pre-provisioning user flow, Microsoft Entra join";
	private static final String ADELE_UPN = "adelev@contoso.com";

	private Sessions sessions;
	private SimulationWorkbench workbench;

	@BeforeEach
	void openTheModel() throws Exception {
		sessions = new Sessions("Simulation UI test");
		workbench = new SimulationWorkbench(sessions);
		workbench.openModel();
	}

	@AfterEach
	void closeEverything() throws Exception {
		workbench.close();
		sessions.dispose();
	}

	@Test
	void adelesRunStepByStepThroughTheDebugToolbar() {
		SimulationTarget session = simulateAdele();
		SimulationState state = workbench.awaitSuspendedAt(session, 0);
		assertEquals("before the first step", workbench.variable("Step"));
		assertEquals("Power on", workbench.variable("Next step"));

		int steps = 0;
		while (!session.run().isFinished()) {
			workbench.driver.click(workbench.debugToolItem("Step Over"));
			steps++;
			state = workbench.awaitSuspendedAt(session, steps);
			StepRecord record = state.current();
			checkStepShown(record);
			if (record.kind() == StepKind.SIGN_IN) {
				assertEquals("entra-sign-in", workbench.previewScreen());
				assertEquals(ADELE_UPN, workbench.preview("return document.querySelector('section.screen input').value"));
				assertEquals("Sign in", workbench.preview("return [...document.querySelectorAll('section.screen"
						+ " .actions button')].map(b => b.textContent).join('|')"));
				workbench.driver.waitUntil("the signed-in user in the Variables view", () -> ADELE_UPN.equals(
						workbench.variable("Signed-in user")));
			}
			if (record.kind() == StepKind.ESP_PHASE && "device-setup".equals(record.espPhase().id())) {
				assertEquals("device-preparation=skipped device-setup=running account-setup=waiting",
						workbench.preview("return [...document.querySelectorAll('[data-esp-phase]')].map(p =>"
								+ " p.dataset.espPhase + '=' + p.dataset.state).join(' ')"));
				assertEquals("device-preparation skipped, device-setup running, account-setup waiting",
						workbench.variable("ESP"));
				assertEquals("skipped", espPhaseVariable("Device preparation"));
				assertEquals("running", espPhaseVariable("Device setup"));
				workbench.screenshot("simulation-perspective");
			}
		}
		assertEquals(11, steps);
		assertEquals("desktop", workbench.variable("Outcome"));
		assertEquals("desktop", workbench.previewScreen());
	}

	/** Checks that the step is the one shown in the model, the Variables and the Screen Preview. */
	private void checkStepShown(StepRecord record) {
		String step = record.step() + ". " + record.name() + " (" + record.status().id() + ")";
		workbench.driver.waitUntil("the Variables view to show step " + step, () -> step.equals(workbench.variable(
				"Step")));
		if (record.modelStep() != null) {
			workbench.driver.waitUntil("the model tree to show '" + record.name() + "'", () -> {
				Step selected = workbench.selectedStep();
				return selected != null && record.elementId().equals(ElementIds.of(selected));
			});
		}
		String expected = record.shown() && record.screenId() != null ? record.screenId() : "";
		workbench.driver.waitUntil("the preview of step " + record.step() + " (" + expected + ")",
				() -> expected.equals(workbench.previewScreen()));
	}

	/**
	 * The state of an ESP phase in the Variables view, the ESP variable expanded with a click on its expander and
	 * the phase scrolled into view with the arrow key.
	 */
	private String espPhaseVariable(String phase) {
		TreeItem esp = workbench.driver.find(TreeItem.class, item -> ("ESP".equals(item.getText(0))
				|| item.getText(0).startsWith("ESP = "))
				&& SimulationWorkbench.isInView(item.getParent(), IDebugUIConstants.ID_VARIABLE_VIEW),
				"the ESP variable");
		workbench.driver.click(esp);
		if (!workbench.driver.onUi(esp::getExpanded)) {
			// The expander sits left of the item's icon and label.
			Point expander = workbench.driver.onUi(() -> {
				Rectangle bounds = esp.getBounds(0);
				return esp.getParent().toDisplay(bounds.x - 12, bounds.y + bounds.height / 2);
			});
			workbench.driver.clickAt(expander);
		}
		try {
			workbench.driver.waitUntil("the ESP variable to show its three phases", () -> workbench.driver.onUi(
					() -> esp.getExpanded() && esp.getItemCount() == 3));
		} catch (WaitTimeoutException e) {
			String shown = workbench.driver.onUi(() -> esp.getItemCount() + " items: " + Arrays.stream(esp.getItems())
					.map(child -> child.getText(0) + "=" + child.getText(1)).toList() + "; top-level: "
					+ Arrays.stream(esp.getParent().getItems()).map(item -> item.getText(0) + "(" + item.getItemCount()
							+ (item.getExpanded() ? ",expanded" : "") + ")").toList());
			throw new AssertionError("The Variables view shows " + shown, e);
		}
		Tree tree = workbench.driver.onUi(esp::getParent);
		for (int i = 0; i < 3; i++) {
			workbench.driver.pressKey(SWT.ARROW_DOWN);
			String shown = workbench.driver.waitFor("a phase selected in the Variables view", () -> workbench.driver
					.onUi(() -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getParentItem() == esp
							&& !tree.getSelection()[0].getText(0).isEmpty()
									? Optional.of(tree.getSelection()[0].getText(0) + "\t"
											+ tree.getSelection()[0].getText(1))
									: Optional.<String>empty()));
			if (shown.startsWith(phase + "\t")) {
				return shown.substring(phase.length() + 1);
			}
		}
		throw new AssertionError("No ESP phase " + phase + " in the Variables view");
	}

	private SimulationTarget simulateAdele() {
		workbench.driver.clickContextMenu(workbench.scenarioItem(Sessions.ADELE), "Simulate");
		workbench.awaitSimulationPerspective();
		return workbench.session();
	}
}
