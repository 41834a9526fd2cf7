package org.flowpilot.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.flowpilot.debug.internal.model.SimulationTarget;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.SuspendReason;
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
				assertEquals(List.of("Device preparation=skipped", "Device setup=running", "Account setup=waiting"),
						workbench.expandVariable("ESP"), "the ESP's phases in the Variables view");
				workbench.screenshot("simulation-perspective");
			}
		}
		assertEquals(11, steps);
		assertEquals("desktop", workbench.variable("Outcome"));
		assertEquals("desktop", workbench.previewScreen());
	}

	@Test
	void theFlowDiagramTimelineAndPreviewFollowStepsBackAndJumps() {
		// Simulate in the heading of the Flow diagram page runs the first scenario of the flow shown: Adele's.
		workbench.showFlowDiagram();
		workbench.chooseFlow(USER_FLOW);
		workbench.driver.click(workbench.headingToolItem("Simulate"));
		workbench.awaitSimulationPerspective();
		SimulationTarget session = workbench.session();
		SimulationState state = workbench.awaitSuspendedAt(session, 0);
		assertEquals(Sessions.ADELE, session.name());
		workbench.showFlowDiagram();
		assertEquals("", workbench.highlighted("current-step"), "no step is current before the first");

		// Forward with the toolbar to the sign-in page.
		int position = 0;
		do {
			workbench.driver.click(workbench.debugToolItem("Step Over"));
			state = workbench.awaitSuspendedAt(session, ++position);
			checkFollowed(state);
		} while (state.current().kind() != StepKind.SIGN_IN);
		assertEquals(USER_FLOW, workbench.diagramFlow());
		assertEquals("entra-sign-in", workbench.previewScreen());
		workbench.screenshot("simulation-diagram-sign-in");
		String signIn = state.current().elementId();

		// Back one step with the toolbar: the sign-in page is no longer on the path.
		workbench.driver.click(workbench.debugToolItem("Step Back"));
		state = workbench.awaitSuspendedAt(session, position - 1);
		checkFollowed(state);
		assertFalse(List.of(workbench.highlighted("path-taken").split(" ")).contains(signIn),
				"the sign-in step left the path taken");

		// Forward again with the keyboard: F6 (Step Over) in the Debug view. Selecting the frame reveals its step: the
		// diagram selects and centres its node, and the keyboard focus stays in the Debug view, as a debugger's source
		// display opens and scrolls editors without activating them.
		TreeItem frame = workbench.debugViewFrame(position - 1);
		workbench.driver.click(frame);
		String licenseTerms = state.current().elementId();
		workbench.driver.waitUntil("the diagram to select the step revealed", () -> licenseTerms.equals(workbench
				.diagram("return flowpilot.selection().join(' ')")));
		workbench.awaitDiagramPainted();
		assertEquals("the Debug view", workbench.focusOwner(), "the keyboard focus after the step was revealed");
		workbench.driver.pressKey(SWT.F6);
		state = workbench.awaitSuspendedAt(session, position);
		checkFollowed(state);

		// A breakpoint toggled on the diagram's sign-in node (Run > Toggle Breakpoint).
		workbench.clickDiagramNode(signIn);
		workbench.driver.waitUntil("the diagram to select the sign-in step", () -> signIn.equals(workbench.diagram(
				"return flowpilot.selection().join(' ')")));
		workbench.driver.clickMenu(workbench.driver.onUi(() -> workbench.page.getWorkbenchWindow().getShell()), "Run",
				"Toggle Breakpoint");
		workbench.driver.waitUntil("the breakpoint drawn on the sign-in node", () -> signIn.equals(workbench
				.highlighted("breakpoint")));

		// Back to step 2 from the Timeline.
		workbench.driver.click(workbench.timelineRow(2));
		state = workbench.awaitSuspendedAt(session, 2);
		checkFollowed(state);
		// The diagram, clicked before, redraws and centres the step revealed; the focus stays in the Timeline.
		workbench.awaitDiagramPainted();
		assertEquals("org.flowpilot.ui.views.timeline (Table)", workbench.focusOwner(),
				"the keyboard focus after a jump from the Timeline");

		// Resume stops at the breakpoint, before the sign-in page.
		workbench.driver.click(workbench.debugToolItem("Resume"));
		state = workbench.awaitSuspendedAt(session, position - 1);
		assertEquals(SuspendReason.BREAKPOINT, state.suspendReason());
		checkFollowed(state);
		workbench.screenshot("simulation-diagram-breakpoint");

		// Resume again runs to the end.
		workbench.driver.click(workbench.debugToolItem("Resume"));
		workbench.driver.waitUntil("the run to end", () -> session.isSuspended() && session.run().isFinished());
		state = workbench.awaitSuspendedAt(session, session.state().position());
		checkFollowed(state);
		assertEquals("desktop", workbench.previewScreen());
		// License Terms: hidden by the profile, passed over.
		String hidden = state.taken().stream().filter(r -> r.modelStep() != null && r.status() == StepStatus.SKIPPED)
				.findFirst().orElseThrow().elementId();
		assertTrue(List.of(workbench.highlighted("skipped").split(" ")).contains(hidden),
				"the screen the profile hides is drawn as passed over");
		workbench.screenshot("simulation-diagram-end");

		// The Breakpoints view lists the breakpoint.
		workbench.driver.click(workbench.driver.find(CTabItem.class, tab -> "Breakpoints".equals(tab.getText()),
				"the Breakpoints view's tab"));
		workbench.driver.waitUntil("the Breakpoints view to list the breakpoint", () -> workbench.breakpoints()
				.stream().anyMatch(label -> label.startsWith("Microsoft Entra sign-in")));
	}

	/**
	 * Checks that the diagram marks the run's steps, transitions and current step, the Timeline selects the step the
	 * run is at and the Screen Preview shows its screen.
	 */
	private void checkFollowed(SimulationState state) {
		List<StepRecord> onDiagram = state.taken().stream().filter(r -> r.modelStep() != null).toList();
		String current = onDiagram.isEmpty() ? "" : onDiagram.get(onDiagram.size() - 1).elementId();
		String path = onDiagram.stream().map(StepRecord::elementId).distinct().sorted().collect(Collectors.joining(
				" "));
		String transitions = onDiagram.stream().filter(r -> r.transition() != null).map(r -> ElementIds.of(r
				.transition())).distinct().sorted().collect(Collectors.joining(" "));
		String at = "at step " + state.position();
		awaitEqual("the diagram to mark the current step " + at, current, () -> workbench.highlighted(
				"current-step"));
		awaitEqual("the diagram to mark the path " + at, path, () -> Stream.of(workbench.highlighted("path-taken"),
				workbench.highlighted("skipped"), workbench.highlighted("failed")).flatMap(ids -> Stream.of(ids.split(
						" "))).filter(id -> !id.isEmpty() && !id.contains("/")).distinct().sorted().collect(Collectors
								.joining(" ")));
		assertEquals(transitions, workbench.highlighted("transition-taken"), "the transitions taken " + at);
		if (!current.isEmpty()) {
			// The Debug view reveals the step: the diagram scrolls it into its window and draws it as current.
			workbench.driver.waitUntil("the diagram to draw the current step " + at, () -> workbench.drawnWith(current,
					"current-step"));
		}
		Table timeline = workbench.driver.findById(Table.class, "timeline.steps");
		workbench.driver.waitUntil("the Timeline to select step " + state.position(), () -> workbench.driver.onUi(
				() -> timeline.getSelectionIndex() == state.position() - 1));
		StepRecord record = state.current();
		String screen = record != null && record.shown() && record.screenId() != null ? record.screenId() : "";
		workbench.driver.waitUntil("the preview " + at + " (" + screen + ")", () -> screen.equals(workbench
				.previewScreen()));
	}

	/** Waits until {@code actual} gives {@code expected}; on timeout says what it gave last. */
	private void awaitEqual(String what, String expected, Supplier<String> actual) {
		try {
			workbench.driver.waitUntil(what, () -> expected.equals(actual.get()));
		} catch (WaitTimeoutException e) {
			assertEquals(expected, actual.get(), what);
		}
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

	private SimulationTarget simulateAdele() {
		workbench.driver.clickContextMenu(workbench.scenarioItem(Sessions.ADELE), "Simulate");
		workbench.awaitSimulationPerspective();
		return workbench.session();
	}
}
