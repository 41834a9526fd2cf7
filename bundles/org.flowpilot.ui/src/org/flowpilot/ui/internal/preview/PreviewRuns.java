package org.flowpilot.ui.internal.preview;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.Step;
import org.flowpilot.model.WindowsVersion;

/**
 * Runs what the Screen preview is asked to show: a scenario of the model to its end, or, for a flow step, a scenario
 * that runs that flow (the one shown before, if it does).
 */
final class PreviewRuns {

	/** A finished run and the record to show first. */
	record Shown(Scenario scenario, Run run, StepRecord selected) {
	}

	private PreviewRuns() {
	}

	/**
	 * The run for {@code element} (a scenario or a flow step), with {@code windows} overriding the scenario's Windows
	 * version when not null; empty when the element is neither or no scenario runs the step's flow.
	 */
	static Optional<Shown> run(Object element, Scenario current, WindowsVersion windows) {
		if (element instanceof Scenario scenario) {
			Run run = simulate(scenario, windows);
			return Optional.of(new Shown(scenario, run, firstShown(run.trace())));
		}
		if (element instanceof Step step && step.eContainer() instanceof Flow flow) {
			Scenario scenario = scenarioRunning(flow, current);
			if (scenario == null) {
				return Optional.empty();
			}
			Run run = simulate(scenario, windows);
			StepRecord selected = null;
			for (StepRecord record : run.trace()) {
				if (record.modelStep() == step) {
					selected = record;
				}
			}
			return Optional.of(new Shown(scenario, run, selected != null ? selected : firstShown(run.trace())));
		}
		return Optional.empty();
	}

	private static Scenario scenarioRunning(Flow flow, Scenario current) {
		if (current != null && current.getFlow() == flow && current.eResource() != null) {
			return current;
		}
		EObject root = flow.eContainer();
		if (root instanceof AutopilotModel model) {
			for (Scenario scenario : model.getScenarios()) {
				if (scenario.getFlow() == flow) {
					return scenario;
				}
			}
		}
		return null;
	}

	private static Run simulate(Scenario scenario, WindowsVersion windows) {
		if (scenario.getFlow() == null) {
			throw new IllegalArgumentException("The scenario '" + scenario.getName() + "' names no flow to run.");
		}
		RunScenario inputs = Scenarios.of(scenario);
		if (windows != null) {
			inputs = inputs.toBuilder().windows(windows).build();
		}
		FlowEngine engine = FlowEngine.withServiceLoader();
		return engine.simulate(engine.prepare(scenario.getFlow()), inputs);
	}

	/** The first record whose screen was on display, else the first record, else null. */
	static StepRecord firstShown(List<StepRecord> trace) {
		for (StepRecord record : trace) {
			if (record.shown()) {
				return record;
			}
		}
		return trace.isEmpty() ? null : trace.get(0);
	}
}
