package org.flowpilot.debug.internal.model;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.flowpilot.debug.internal.launch.SimulationSetup;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.SuspendReason;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.ui.simulation.SimulationActivity;
import org.flowpilot.ui.simulation.SimulationState;

/**
 * A Flowpilot Simulation launched in Run mode: the run goes to its end in a background job, breakpoints ignored,
 * each step told to the Console; the Timeline and the Screen Preview then show it, read-only (Debug mode moves).
 */
public final class RunModeSimulation implements ObservableSimulation {

	private final SimulationSetup setup;
	private final SimulationProcess process;
	private final Run run;
	private final ListenerList<Runnable> stateListeners = new ListenerList<>();
	private volatile boolean finished;

	public RunModeSimulation(SimulationSetup setup, SimulationProcess process, FlowEngine engine) {
		this.setup = setup;
		this.process = process;
		run = engine.start(engine.prepare(setup.flow()), setup.scenario(), List.of(new RunListener() {
			@Override
			public void stepExecuted(Run ofRun, StepRecord record) {
				process.println(ConsoleLines.step(record));
				stateChanged();
			}

			@Override
			public void runFinished(Run ofRun, RunOutcome outcome) {
				process.println(ConsoleLines.outcome(outcome, ofRun.state()));
			}
		}));
		process.setTerminateAction(run::terminate);
		process.setSimulation(this);
	}

	/** Runs to the end in a background job, then ends the process. */
	public void start() {
		process.println("Simulating '" + setup.name() + "' (Run mode: breakpoints are not used).");
		Job job = Job.create("Simulating " + setup.name(), monitor -> {
			try {
				run.runToEnd();
			} finally {
				finished = true;
				process.finish(0);
				stateChanged();
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	@Override
	public void addStateListener(Runnable listener) {
		stateListeners.add(listener);
	}

	@Override
	public void removeStateListener(Runnable listener) {
		stateListeners.remove(listener);
	}

	private void stateChanged() {
		for (Runnable listener : stateListeners) {
			listener.run();
		}
	}

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
		List<StepRecord> trace = run.trace();
		return new SimulationState(setup.scenario(), trace, trace.size(), run.state(),
				finished ? SimulationActivity.TERMINATED : SimulationActivity.RUNNING, finished ? SuspendReason.END
						: null);
	}

	@Override
	public void moveTo(int stepCount) {
		// A run in Run mode is read-only: debug the scenario to move it.
	}
}
