package org.flowpilot.ui.internal.simulation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.flowpilot.diagram.Highlight;
import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemOutcome;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.ui.simulation.SimulationState;

/**
 * What a diagram marks of a run at its position: the step the person is at, the steps passed through (each as it
 * went the last time: ran, skipped or failed), the transitions followed, and the tracked items that failed or never
 * finished, on the row of their phase.
 */
public final class RunHighlights {

	private RunHighlights() {
	}

	/** The highlights of {@code state}'s steps taken, by element id. */
	public static Map<String, Set<Highlight>> of(SimulationState state) {
		Map<String, Highlight> stepStates = new LinkedHashMap<>();
		Map<String, Set<Highlight>> highlights = new HashMap<>();
		String current = null;
		for (StepRecord record : state.taken()) {
			if (record.modelStep() == null) {
				// A step the engine adds (an error page, Retry) has no node: the model step before it stays current.
				continue;
			}
			String id = record.elementId();
			stepStates.put(id, stateOf(record));
			current = id;
			if (record.transition() != null) {
				add(highlights, ElementIds.of(record.transition()), Highlight.TRANSITION_TAKEN);
			}
			for (TrackedItemRecord item : record.items()) {
				// The diagram draws an item once in each phase that tracks it, as a row of the phase's node.
				String row = id + "/" + item.elementId();
				if (failed(item.outcome())) {
					add(highlights, row, Highlight.FAILED);
				} else {
					highlights.remove(row);
				}
			}
		}
		stepStates.forEach((id, highlight) -> add(highlights, id, highlight));
		if (current != null) {
			add(highlights, current, Highlight.CURRENT_STEP);
		}
		return highlights;
	}

	private static Highlight stateOf(StepRecord record) {
		if (record.status().isFailure()) {
			return Highlight.FAILED;
		}
		return record.status() == StepStatus.SKIPPED ? Highlight.SKIPPED : Highlight.PATH_TAKEN;
	}

	private static boolean failed(TrackedItemOutcome outcome) {
		return switch (outcome) {
			case FAILED, FAILED_NOT_BLOCKING, HUNG, TIMED_OUT -> true;
			default -> false;
		};
	}

	private static void add(Map<String, Set<Highlight>> highlights, String id, Highlight highlight) {
		highlights.computeIfAbsent(id, i -> EnumSet.noneOf(Highlight.class)).add(highlight);
	}
}
