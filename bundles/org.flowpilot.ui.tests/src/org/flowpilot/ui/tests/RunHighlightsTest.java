package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.flowpilot.diagram.Highlight;
import org.flowpilot.diagram.RunHighlights;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemOutcome;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Scenario;
import org.flowpilot.ui.internal.simulation.WorkbenchDiagramHighlights;
import org.flowpilot.ui.simulation.SimulationActivity;
import org.flowpilot.ui.simulation.SimulationState;
import org.junit.jupiter.api.Test;

/** What the diagram marks of a run of the Contoso example at each step, and how tools' marks are merged. */
class RunHighlightsTest {

	private static final String ADELE = "Adele signs in to her laptop";
	private static final String APPS_FAIL = "Microsoft 365 Apps fails during pre-provisioning";

	@Test
	void eachStepOfAdelesRunMarksTheCurrentStepThePathAndTheTransitions() {
		List<SimulationState> states = statesOf(ADELE);
		assertEquals(Map.of(), RunHighlights.of(states.get(0).taken()), "nothing is marked before the first step");
		for (SimulationState state : states.subList(1, states.size())) {
			Map<String, Set<Highlight>> highlights = RunHighlights.of(state.taken());
			List<StepRecord> onDiagram = state.taken().stream().filter(r -> r.modelStep() != null).toList();
			String current = onDiagram.get(onDiagram.size() - 1).elementId();
			assertEquals(List.of(current), highlights.entrySet().stream().filter(e -> e.getValue().contains(
					Highlight.CURRENT_STEP)).map(Map.Entry::getKey).toList(), "current at step " + state.position());
			for (StepRecord record : onDiagram) {
				Set<Highlight> marks = highlights.get(record.elementId());
				assertTrue(marks.contains(Highlight.PATH_TAKEN) || marks.contains(Highlight.SKIPPED) || marks
						.contains(Highlight.FAILED), record.name() + " is on the path at step " + state.position());
				if (record.transition() != null) {
					assertEquals(Set.of(Highlight.TRANSITION_TAKEN), highlights.get(ElementIds.of(record
							.transition())));
				}
			}
		}
		SimulationState end = states.get(states.size() - 1);
		StepRecord licenseTerms = end.taken().stream().filter(r -> r.modelStep() != null && r.status()
				== StepStatus.SKIPPED).findFirst().orElseThrow();
		assertEquals("license-terms", licenseTerms.screenId());
		assertEquals(Set.of(Highlight.SKIPPED), RunHighlights.of(end.taken()).get(licenseTerms.elementId()));
	}

	@Test
	void aFailingAppIsMarkedOnTheRowOfItsPhaseAndTheFailedStep() {
		List<SimulationState> states = statesOf(APPS_FAIL);
		SimulationState failedThere = states.stream().filter(state -> state.current() != null && state.current()
				.items().stream().anyMatch(i -> i.outcome() == TrackedItemOutcome.FAILED)).findFirst().orElseThrow();
		StepRecord phase = failedThere.current();
		assertEquals(StepStatus.FAILED, phase.status());
		Map<String, Set<Highlight>> highlights = RunHighlights.of(failedThere.taken());
		for (TrackedItemRecord item : phase.items()) {
			Set<Highlight> row = highlights.get(phase.elementId() + "/" + item.elementId());
			if (item.outcome() == TrackedItemOutcome.FAILED) {
				assertEquals("Microsoft 365 Apps", item.name());
				assertEquals(Set.of(Highlight.FAILED), row);
			} else if (item.outcome() == TrackedItemOutcome.SUCCEEDED) {
				assertEquals(null, row, item.name());
			}
		}
		assertEquals(Set.of(Highlight.FAILED, Highlight.CURRENT_STEP), highlights.get(phase.elementId()));
	}

	@Test
	void theMarksOfSeveralToolsAreMergedAndEachToolReplacesItsOwn() {
		WorkbenchDiagramHighlights highlights = new WorkbenchDiagramHighlights();
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path("/p/model.autopilot"));
		List<IFile> told = new ArrayList<>();
		highlights.addListener(told::add);
		highlights.set(file, "run", Map.of("a", Set.of(Highlight.CURRENT_STEP), "b", Set.of(Highlight.PATH_TAKEN)));
		highlights.set(file, "breakpoints", Map.of("a", Set.of(Highlight.BREAKPOINT)));
		assertEquals(Map.of("a", Set.of(Highlight.CURRENT_STEP, Highlight.BREAKPOINT), "b", Set.of(
				Highlight.PATH_TAKEN)), highlights.of(file));
		highlights.set(file, "breakpoints", Map.of("a", Set.of(Highlight.BREAKPOINT)));
		assertEquals(2, told.size(), "the same marks again tell nobody");
		highlights.set(file, "run", Map.of());
		assertEquals(Map.of("a", Set.of(Highlight.BREAKPOINT)), highlights.of(file));
		assertEquals(3, told.size());
	}

	/** The states of a run of {@code scenario}, from before the first step to the end. */
	private static List<SimulationState> statesOf(String scenarioName) {
		AutopilotModel model = ExampleModels.contoso();
		Scenario scenario = model.getScenarios().stream().filter(s -> scenarioName.equals(s.getName())).findFirst()
				.orElseThrow();
		FlowEngine engine = FlowEngine.withServiceLoader();
		Run run = engine.start(engine.prepare(scenario.getFlow()), Scenarios.of(scenario));
		List<SimulationState> states = new ArrayList<>();
		states.add(state(run, Scenarios.of(scenario)));
		while (!run.isFinished()) {
			run.step();
			states.add(state(run, Scenarios.of(scenario)));
		}
		return states;
	}

	private static SimulationState state(Run run, org.flowpilot.engine.RunScenario scenario) {
		RunState runState = run.state();
		return new SimulationState(scenario, run.trace(), runState.stepCount(), runState, SimulationActivity.SUSPENDED,
				null);
	}
}
