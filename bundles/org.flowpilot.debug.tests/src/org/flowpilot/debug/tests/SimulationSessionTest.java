package org.flowpilot.debug.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.debug.internal.launch.LaunchSettings;
import org.flowpilot.debug.internal.model.RunModeSimulation;
import org.flowpilot.debug.internal.model.SimulationTarget;
import org.flowpilot.debug.internal.model.StateVariables;
import org.flowpilot.debug.internal.model.StepBreakpoint;
import org.flowpilot.debug.internal.model.StepFrame;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.SuspendReason;
import org.flowpilot.model.Step;
import org.flowpilot.ui.simulation.SimulationActivity;
import org.flowpilot.ui.simulation.SimulationFocus;
import org.flowpilot.ui.simulation.SimulationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Simulation launches through the debug framework, without the user interface: what the session does on each debug
 * command, the events it sends the debug views, breakpoints by element id, going back and forth, Run mode.
 */
class SimulationSessionTest {

	private Sessions sessions;
	private final List<DebugEvent> events = new ArrayList<>();
	private final IDebugEventSetListener recorder = set -> {
		synchronized (events) {
			events.addAll(List.of(set));
		}
	};

	@BeforeEach
	void createTheModel() throws Exception {
		sessions = new Sessions("Simulation session test");
		DebugPlugin.getDefault().addDebugEventListener(recorder);
	}

	@AfterEach
	void cleanUp() throws CoreException {
		DebugPlugin.getDefault().removeDebugEventListener(recorder);
		sessions.dispose();
	}

	@Test
	void debugModeSuspendsBeforeTheFirstStepAndStepsOverOneStepAtATime() throws Exception {
		SimulationTarget target = Sessions.debug(sessions.settings(Sessions.ADELE));
		StepFrame before = (StepFrame) target.thread().getTopStackFrame();
		assertEquals(0, before.state().position());
		assertNull(before.record());
		assertTrue(target.canResume());
		assertFalse(target.thread().canStepBack());

		target.thread().stepOver();
		Sessions.await("the first step", () -> target.isSuspended() && target.state().position() == 1);
		StepFrame first = (StepFrame) target.thread().getTopStackFrame();
		assertEquals(StepKind.POWER_ON, first.record().kind());
		assertEquals(SuspendReason.STEP_END, target.state().suspendReason());
		// The debug framework hands events to the views on its own thread, in order.
		String stepEnd = DebugEvent.SUSPEND + ":" + DebugEvent.STEP_END;
		Sessions.await("the suspend event of the step", () -> threadEvents(target).contains(stepEnd));
		assertEquals(List.of(DebugEvent.CREATE + ":" + DebugEvent.UNSPECIFIED, DebugEvent.SUSPEND + ":"
				+ DebugEvent.CLIENT_REQUEST, DebugEvent.RESUME + ":" + DebugEvent.STEP_OVER, stepEnd),
				threadEvents(target));
		assertTrue(target.thread().canStepBack());
		// The session is what the workbench's run views follow.
		SimulationFocus focus = PlatformUI.getWorkbench().getService(SimulationFocus.class);
		assertSame(target, focus.current());
	}

	@Test
	void aBreakpointOnAStepStopsTheRunBeforeTakingIt() throws Exception {
		SimulationTarget target = Sessions.debug(sessions.settings(Sessions.ADELE));
		Step deviceSetup = step(target, "ESP: Device setup");
		StepBreakpoint breakpoint = new StepBreakpoint(sessions.model, ElementIds.of(deviceSetup),
				deviceSetup.getName(), "Adele");
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(breakpoint);

		target.resume();
		Sessions.await("the breakpoint", () -> target.isSuspended() && target.state().position() > 0);
		SimulationState state = target.state();
		assertEquals(SuspendReason.BREAKPOINT, state.suspendReason());
		assertEquals(ElementIds.of(deviceSetup), state.runState().nextElementId());
		assertEquals(StepKind.MFA, state.current().kind());
		assertArrayEquals(new IBreakpoint[] { breakpoint }, target.thread().getBreakpoints());

		// Disabled, it no longer stops the run, which goes to its end and stays there to step back from.
		breakpoint.setEnabled(false);
		target.resume();
		Sessions.await("the end of the run", () -> target.isSuspended() && target.run().isFinished());
		assertEquals(SuspendReason.END, target.state().suspendReason());
		assertEquals(RunOutcome.DESKTOP, target.state().runState().outcome().orElseThrow());
		assertFalse(target.canResume());
		assertTrue(target.thread().canStepBack());
	}

	@Test
	void stepBackRestoresTheStateBeforeTheStepAndKeepsTheStepKnown() throws Exception {
		SimulationTarget target = Sessions.debug(sessions.settings(Sessions.ADELE));
		Map<String, String> atFive = null;
		for (int step = 1; step <= 6; step++) {
			int expected = step;
			target.thread().stepOver();
			Sessions.await("step " + step, () -> target.isSuspended() && target.state().position() == expected);
			if (step == 5) {
				atFive = StateVariables.flatten(frame(target).nodes());
			}
		}
		StepRecord sixth = target.state().current();
		assertEquals(StepKind.SIGN_IN, sixth.kind());

		target.thread().stepBack();
		Sessions.await("the step back", () -> target.isSuspended() && target.state().position() == 5);
		assertEquals(atFive, StateVariables.flatten(frame(target).nodes()));
		assertEquals(6, target.state().steps().size(), "the undone step stays known");
		assertEquals(sixth, target.state().steps().get(5));
	}

	@Test
	void movingToAKnownStepGoesBackOrReplaysExactlyTheStepsTakenBefore() throws Exception {
		SimulationTarget target = Sessions.debug(sessions.settings(Sessions.ADELE));
		target.resume();
		Sessions.await("the end of the run", () -> target.isSuspended() && target.run().isFinished());
		List<StepRecord> taken = target.state().steps();
		assertEquals(11, taken.size());

		target.moveTo(3);
		Sessions.await("step 3", () -> target.isSuspended() && target.state().position() == 3);
		assertEquals(taken, target.state().steps());
		assertEquals(3, target.run().trace().size());

		target.moveTo(8);
		Sessions.await("step 8", () -> target.isSuspended() && target.state().position() == 8);
		assertEquals(taken.subList(0, 8), target.run().trace());
		assertEquals(SuspendReason.STEP_END, target.state().suspendReason());
		assertThrows(IllegalArgumentException.class, () -> target.moveTo(12));
	}

	@Test
	void terminatingEndsTheSessionAndItsProcess() throws Exception {
		SimulationTarget target = Sessions.debug(sessions.settings(Sessions.ADELE));
		target.terminate();
		assertTrue(target.isTerminated());
		assertTrue(target.getProcess().isTerminated());
		assertFalse(target.canResume());
		assertEquals(SimulationActivity.TERMINATED, target.state().activity());
		assertEquals(0, target.getThreads().length);
	}

	@Test
	void runModeRunsToTheEndInTheBackgroundAndTellsTheConsole() throws Exception {
		ILaunch launch = Sessions.launch(sessions.settings(Sessions.ADELE), ILaunchManager.RUN_MODE);
		assertNull(launch.getDebugTarget());
		IProcess process = launch.getProcesses()[0];
		Sessions.await("the run to end", process::isTerminated);
		String console = process.getStreamsProxy().getOutputStreamMonitor().getContents();
		assertTrue(console.contains("Microsoft Entra sign-in"), console);
		assertTrue(console.contains("Outcome: " + RunOutcome.DESKTOP.id()), console);
		RunModeSimulation simulation = process.getAdapter(RunModeSimulation.class);
		assertEquals(11, simulation.state().steps().size());
		assertEquals(SimulationActivity.TERMINATED, simulation.state().activity());
	}

	@Test
	void settingsThatCannotRunFailTheLaunchWithOneLineNamingWhatIsWrong() {
		LaunchSettings settings = sessions.settings("Nobody's scenario");
		CoreException noScenario = assertThrows(CoreException.class, () -> Sessions.launch(settings,
				ILaunchManager.DEBUG_MODE));
		assertTrue(noScenario.getMessage().startsWith(sessions.model.getFullPath() + ": no scenario named"
				+ " 'Nobody's scenario' (there are: "), noScenario.getMessage());
		assertFalse(noScenario.getMessage().contains("\n"));

		LaunchSettings unknownItem = new LaunchSettings(settings.model(), Sessions.ADELE, "", "", "user", "", "", "",
				false, List.of("Office 97"), List.of(), List.of(), List.of(), true, true, 0);
		CoreException noItem = assertThrows(CoreException.class, () -> Sessions.launch(unknownItem,
				ILaunchManager.DEBUG_MODE));
		assertTrue(noItem.getMessage().contains("--fail: no tracked item named 'Office 97'"), noItem.getMessage());
	}

	private static Step step(SimulationTarget target, String name) {
		return target.setup().flow().getSteps().stream().filter(step -> name.equals(step.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("No step " + name));
	}

	private static StepFrame frame(SimulationTarget target) {
		return (StepFrame) target.thread().getTopStackFrame();
	}

	private List<String> threadEvents(SimulationTarget target) {
		synchronized (events) {
			return events.stream().filter(event -> event.getSource() == target.thread())
					.map(event -> event.getKind() + ":" + event.getDetail()).toList();
		}
	}
}
