package org.flowpilot.debug.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.IBreakpointManagerListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.flowpilot.debug.FlowpilotDebug;
import org.flowpilot.debug.internal.launch.LaunchSettings;
import org.flowpilot.debug.internal.launch.SimulationSetup;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.SuspendReason;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.ui.simulation.SimulationActivity;
import org.flowpilot.ui.simulation.SimulationState;

/**
 * A debug session of one scenario: the debug target of a Flowpilot Simulation launch. It owns the run, which one
 * daemon thread moves, off the user interface thread; the debug commands (resume, suspend, step over, step back,
 * terminate) and the timeline's moves are handed to that thread and return at once. Breakpoints come from the
 * breakpoint manager, keyed by element id. As a {@link org.flowpilot.ui.simulation.Simulation} it is what the Timeline, the Screen Preview and
 * the diagram follow.
 * <p>
 * A run that ends stays suspended at its end, so that it can still step back; terminating ends the session.
 */
public final class SimulationTarget extends DebugElement implements IDebugTarget, ObservableSimulation,
		IBreakpointManagerListener {

	private final ILaunch launch;
	private final SimulationProcess process;
	private final SimulationSetup setup;
	private final LaunchSettings settings;
	private final Run run;
	private final SimulationThread thread;
	private final ExecutorService mover;
	private final Pacer pacer = new Pacer();
	private final ListenerList<Runnable> stateListeners = new ListenerList<>();

	private volatile SimulationActivity activity = SimulationActivity.SUSPENDED;
	private volatile SuspendReason suspendReason;
	/** The steps known: the trace, and after going back the steps it had before, which a replay takes again. */
	private volatile List<StepRecord> known = List.of();
	/** Set while the run moves over known steps, whose stops are not the session's. */
	private volatile boolean moving;
	/** Set while the run is resumed, so each step is shown for the pace before the next. */
	private volatile boolean pacing;
	private volatile boolean terminated;
	private volatile StepFrame frame;

	/**
	 * A session of {@code setup}'s run, started by {@code engine}, told to the Console through {@code process}. It
	 * does nothing until {@link #start()}.
	 */
	public SimulationTarget(ILaunch launch, SimulationProcess process, SimulationSetup setup, LaunchSettings settings,
			FlowEngine engine) {
		super(null);
		this.launch = launch;
		this.process = process;
		this.setup = setup;
		this.settings = settings;
		run = engine.start(engine.prepare(setup.flow()), setup.scenario(), List.of(new Progress()));
		run.setSuspendOnFailure(settings.suspendOnFailure());
		thread = new SimulationThread(this);
		mover = Executors.newSingleThreadExecutor(runnable -> {
			Thread moverThread = new Thread(runnable, "Flowpilot simulation: " + setup.name());
			moverThread.setDaemon(true);
			return moverThread;
		});
		process.setTerminateAction(this::end);
		process.setSimulation(this);
	}

	/** Installs the breakpoints and starts: suspended before the first step, or resumed, as the settings say. */
	public void start() {
		IBreakpointManager breakpoints = DebugPlugin.getDefault().getBreakpointManager();
		breakpoints.addBreakpointListener(this);
		breakpoints.addBreakpointManagerListener(this);
		installBreakpoints();
		process.println("Simulating '" + setup.name() + "': the flow '" + setup.flow().getName() + "' on "
				+ setup.scenario().windows().getLiteral() + ", " + setup.scenario().network().id() + " network.");
		fireCreationEvent();
		thread.fireCreationEvent();
		if (settings.stopBeforeFirstStep()) {
			suspended(null);
		} else {
			resume();
		}
	}

	/** What this session runs. */
	public SimulationSetup setup() {
		return setup;
	}

	/** The run, for tests; move it only through this target. */
	public Run run() {
		return run;
	}

	/** The thread. */
	public SimulationThread thread() {
		return thread;
	}

	/** Where the run stopped last, or null while it runs or once the session is over. */
	StepFrame frame() {
		return activity == SimulationActivity.SUSPENDED ? frame : null;
	}

	@Override
	public void addStateListener(Runnable listener) {
		stateListeners.add(listener);
	}

	@Override
	public void removeStateListener(Runnable listener) {
		stateListeners.remove(listener);
	}

	// ---- Simulation

	@Override
	public String name() {
		return setup.name();
	}

	@Override
	public IFile modelFile() {
		return setup.file();
	}

	@Override
	public SimulationState state() {
		RunState runState = run.state();
		List<StepRecord> trace = run.trace();
		List<StepRecord> steps = known;
		if (steps.size() < trace.size() || !trace.isEmpty() && !steps.get(trace.size() - 1).equals(trace.get(trace
				.size() - 1))) {
			// Read while a step was being recorded: the trace is the newer of the two.
			steps = trace;
		}
		return new SimulationState(setup.scenario(), steps, Math.min(runState.stepCount(), steps.size()), runState,
				activity, suspendReason);
	}

	@Override
	public void moveTo(int stepCount) {
		int knownSteps = known.size();
		if (stepCount < 0 || stepCount > Math.max(knownSteps, run.trace().size())) {
			throw new IllegalArgumentException("Step " + stepCount + " is not one of the " + knownSteps
					+ " steps known");
		}
		if (!isSuspended() || stepCount == run.state().stepCount()) {
			return;
		}
		resumed(DebugEvent.CLIENT_REQUEST);
		submit(() -> {
			if (stepCount < run.state().stepCount()) {
				run.backTo(stepCount);
			} else {
				// Runs are deterministic: stepping again takes exactly the known steps, without stopping on the way.
				moving = true;
				try {
					while (run.state().stepCount() < stepCount && !run.isFinished() && !terminated) {
						run.step();
					}
				} finally {
					moving = false;
				}
			}
			suspended(run.isFinished() ? SuspendReason.END : SuspendReason.STEP_END);
		});
	}

	// ---- commands

	/** Whether the session waits for a command. */
	@Override
	public boolean isSuspended() {
		return activity == SimulationActivity.SUSPENDED;
	}

	@Override
	public boolean canResume() {
		return isSuspended() && !run.isFinished();
	}

	@Override
	public boolean canSuspend() {
		return activity == SimulationActivity.RUNNING;
	}

	boolean canStepOver() {
		return canResume();
	}

	boolean canStepBack() {
		return isSuspended() && run.state().stepCount() > 0;
	}

	boolean isStepping() {
		return activity == SimulationActivity.RUNNING;
	}

	@Override
	public void resume() {
		if (!canResume()) {
			return;
		}
		resumed(DebugEvent.CLIENT_REQUEST);
		pacer.reset();
		submit(() -> {
			pacing = settings.paceMillis() > 0;
			try {
				run.runToBreakpoint();
			} finally {
				pacing = false;
			}
		});
	}

	@Override
	public void suspend() {
		if (canSuspend()) {
			run.pause();
			pacer.wake();
		}
	}

	void stepOver() {
		if (!canStepOver()) {
			return;
		}
		resumed(DebugEvent.STEP_OVER);
		submit(run::step);
	}

	void stepBack() {
		if (!canStepBack()) {
			return;
		}
		resumed(DebugEvent.STEP_OVER);
		submit(() -> {
			run.stepBack();
			suspended(SuspendReason.STEP_END);
		});
	}

	@Override
	public boolean canTerminate() {
		return !terminated;
	}

	@Override
	public boolean isTerminated() {
		return terminated;
	}

	@Override
	public void terminate() {
		end();
		process.finish(0);
	}

	/** Ends the session: the run stops after the step in progress and can no longer move. */
	private void end() {
		if (terminated) {
			return;
		}
		terminated = true;
		activity = SimulationActivity.TERMINATED;
		run.terminate();
		pacer.wake();
		mover.shutdown();
		IBreakpointManager breakpoints = DebugPlugin.getDefault().getBreakpointManager();
		breakpoints.removeBreakpointListener(this);
		breakpoints.removeBreakpointManagerListener(this);
		process.println("Terminated at step " + run.state().stepCount() + ".");
		thread.fireTerminateEvent();
		fireTerminateEvent();
		stateChanged();
	}

	private void submit(Runnable command) {
		try {
			mover.execute(() -> {
				try {
					command.run();
				} catch (RuntimeException | LinkageError e) {
					// The engine isolates listeners and extensions; anything else is Flowpilot's fault: say so,
					// and stop where the run is rather than leave the session hanging in "running".
					Platform.getLog(SimulationTarget.class).log(Status.error("The simulation of '" + setup.name()
							+ "' failed", e));
					process.printError("Internal error: " + e + " (details in the error log)");
					suspended(SuspendReason.FAILURE);
				}
			});
		} catch (RejectedExecutionException e) {
			// Terminated meanwhile: nothing to move.
		}
	}

	private void resumed(int detail) {
		activity = SimulationActivity.RUNNING;
		thread.fireResumeEvent(detail);
		stateChanged();
	}

	private void suspended(SuspendReason reason) {
		if (terminated) {
			return;
		}
		suspendReason = reason;
		SimulationState state = stateAt(SimulationActivity.SUSPENDED);
		if (frame == null) {
			frame = new StepFrame(thread, setup.name(), state);
		} else {
			frame.moveTo(state);
		}
		activity = SimulationActivity.SUSPENDED;
		thread.fireSuspendEvent(detailOf(reason));
		stateChanged();
	}

	private SimulationState stateAt(SimulationActivity now) {
		SimulationState state = state();
		return new SimulationState(state.scenario(), state.steps(), state.position(), state.runState(), now,
				suspendReason);
	}

	private static int detailOf(SuspendReason reason) {
		if (reason == null) {
			return DebugEvent.CLIENT_REQUEST;
		}
		return switch (reason) {
			case STEP_END -> DebugEvent.STEP_END;
			case BREAKPOINT -> DebugEvent.BREAKPOINT;
			case PAUSE_REQUEST -> DebugEvent.CLIENT_REQUEST;
			case FAILURE, END -> DebugEvent.UNSPECIFIED;
		};
	}

	private void stateChanged() {
		for (Runnable listener : stateListeners) {
			listener.run();
		}
	}

	/** Hears the run on the mover thread. */
	private final class Progress implements RunListener {
		@Override
		public void stepExecuted(Run ofRun, StepRecord record) {
			List<StepRecord> before = known;
			int index = record.step() - 1;
			if (index >= before.size() || !before.get(index).equals(record)) {
				known = ofRun.trace();
			}
			process.println(ConsoleLines.step(record));
			stateChanged();
			if (pacing) {
				pacer.pause(settings.paceMillis());
			}
		}

		@Override
		public void steppedBack(Run ofRun, List<StepRecord> undone) {
			process.println("Back to " + (ofRun.state().stepCount() == 0 ? "before the first step"
					: "step " + ofRun.state().stepCount()) + " (" + undone.size() + " undone).");
			stateChanged();
		}

		@Override
		public void suspended(Run ofRun, SuspendReason reason) {
			if (!moving) {
				SimulationTarget.this.suspended(reason);
			}
		}

		@Override
		public void runFinished(Run ofRun, RunOutcome outcome) {
			if (outcome != RunOutcome.TERMINATED) {
				process.println(ConsoleLines.outcome(outcome, ofRun.state()));
			}
		}
	}

	// ---- breakpoints

	private void installBreakpoints() {
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		for (IBreakpoint breakpoint : manager.getBreakpoints(FlowpilotDebug.MODEL_ID)) {
			if (supportsBreakpoint(breakpoint)) {
				install((StepBreakpoint) breakpoint, manager.isEnabled());
			}
		}
	}

	private void install(StepBreakpoint breakpoint, boolean managerEnabled) {
		String elementId = breakpoint.elementId();
		if (elementId != null) {
			run.setBreakpoint(elementId, managerEnabled && breakpoint.enabled());
		}
	}

	@Override
	public boolean supportsBreakpoint(IBreakpoint breakpoint) {
		return breakpoint instanceof StepBreakpoint step && FlowpilotDebug.MODEL_ID.equals(step.getModelIdentifier())
				&& setup.file().equals(step.file());
	}

	@Override
	public void breakpointAdded(IBreakpoint breakpoint) {
		if (supportsBreakpoint(breakpoint)) {
			install((StepBreakpoint) breakpoint, DebugPlugin.getDefault().getBreakpointManager().isEnabled());
		}
	}

	@Override
	public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
		String elementId = delta != null ? delta.getAttribute(FlowpilotDebug.ELEMENT_ID_ATTRIBUTE, null)
				: breakpoint instanceof StepBreakpoint step ? step.elementId() : null;
		if (elementId != null && (breakpoint instanceof StepBreakpoint) && (delta == null
				|| setup.file().equals(delta.getResource()))) {
			run.removeBreakpoint(elementId);
		}
	}

	@Override
	public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
		breakpointAdded(breakpoint);
	}

	@Override
	public void breakpointManagerEnablementChanged(boolean enabled) {
		installBreakpoints();
	}

	/** The breakpoints the run stopped before, when it stopped at one. */
	IBreakpoint[] breakpointsHit() {
		String next = run.state().nextElementId();
		if (suspendReason != SuspendReason.BREAKPOINT || next == null || !isSuspended()) {
			return new IBreakpoint[0];
		}
		List<IBreakpoint> hit = new ArrayList<>();
		for (IBreakpoint breakpoint : DebugPlugin.getDefault().getBreakpointManager()
				.getBreakpoints(FlowpilotDebug.MODEL_ID)) {
			if (supportsBreakpoint(breakpoint) && next.equals(((StepBreakpoint) breakpoint).elementId())) {
				hit.add(breakpoint);
			}
		}
		return hit.toArray(IBreakpoint[]::new);
	}

	// ---- the rest of IDebugTarget

	@Override
	public String getModelIdentifier() {
		return FlowpilotDebug.MODEL_ID;
	}

	@Override
	public IDebugTarget getDebugTarget() {
		return this;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public IProcess getProcess() {
		return process;
	}

	@Override
	public IThread[] getThreads() {
		return terminated ? new IThread[0] : new IThread[] { thread };
	}

	@Override
	public boolean hasThreads() {
		return !terminated;
	}

	@Override
	public String getName() {
		return setup.name() + " [" + setup.file().getName() + "]";
	}

	@Override
	public boolean canDisconnect() {
		return false;
	}

	@Override
	public void disconnect() throws DebugException {
		notSupported("A simulation runs inside Flowpilot: terminate it instead", null);
	}

	@Override
	public boolean isDisconnected() {
		return false;
	}

	@Override
	public boolean supportsStorageRetrieval() {
		return false;
	}

	@Override
	public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
		notSupported("A simulation has no memory", null);
		return null;
	}

	/** A pause between the steps of a resumed run that suspend and terminate cut short. */
	private static final class Pacer {
		private boolean woken;

		synchronized void reset() {
			woken = false;
		}

		synchronized void pause(int millis) {
			long end = System.currentTimeMillis() + millis;
			long left = millis;
			while (!woken && left > 0) {
				try {
					wait(left);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
				left = end - System.currentTimeMillis();
			}
		}

		synchronized void wake() {
			woken = true;
			notifyAll();
		}
	}
}
