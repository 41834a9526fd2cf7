package org.flowpilot.ui.simulation;

import java.util.List;
import java.util.Objects;

import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.SuspendReason;

/**
 * Where a {@link Simulation} stands: the steps known so far and how many of them the run has taken. Runs are
 * deterministic, so after going back the steps beyond the position stay known: going forward again takes exactly
 * them.
 *
 * @param scenario the scenario the run is for
 * @param steps the steps known, oldest first: the steps taken, then those known beyond the position
 * @param position how many of {@code steps} the run has taken (0: before the first)
 * @param runState the run's state at the position
 * @param activity what the run is doing
 * @param suspendReason why the run last stopped, or null while it has not stopped yet
 */
public record SimulationState(RunScenario scenario, List<StepRecord> steps, int position, RunState runState,
		SimulationActivity activity, SuspendReason suspendReason) {

	/** Checks the position and copies the steps. */
	public SimulationState {
		Objects.requireNonNull(scenario, "scenario");
		Objects.requireNonNull(runState, "runState");
		Objects.requireNonNull(activity, "activity");
		steps = List.copyOf(steps);
		if (position < 0 || position > steps.size()) {
			throw new IllegalArgumentException("Position " + position + " is not within " + steps.size() + " steps");
		}
	}

	/** The steps taken, oldest first: what a preview of the current step reads as the run's trace. */
	public List<StepRecord> taken() {
		return steps.subList(0, position);
	}

	/** The last step taken, whose screen the person sees now, or null before the first step. */
	public StepRecord current() {
		return position == 0 ? null : steps.get(position - 1);
	}

	/** Whether {@link Simulation#moveTo(int)} moves the run now: only while it is suspended. */
	public boolean canMove() {
		return activity == SimulationActivity.SUSPENDED;
	}
}
