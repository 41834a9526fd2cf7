package org.flowpilot.diagram;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowpilot.engine.ElementIds;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemOutcome;
import org.flowpilot.engine.TrackedItemRecord;

/**
 * What a flow diagram marks of a run at its position, for {@link DiagramModel#setHighlights}: the step the person is
 * at, the steps passed through (each as it went the last time: ran, skipped or failed), the transitions followed,
 * and the tracked items that failed or never finished, on the row of their phase.
 */
public final class RunHighlights {

    private RunHighlights() {
    }

    /** The highlights of the steps {@code taken} (a run's trace up to its position, oldest first), by element id. */
    public static Map<String, Set<Highlight>> of(List<StepRecord> taken) {
        Map<String, Highlight> stepStates = new LinkedHashMap<>();
        Map<String, Set<Highlight>> highlights = new HashMap<>();
        String current = null;
        for (StepRecord record : taken) {
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

    /** The element id of the step a diagram shows as current among {@code taken}, or null before the first. */
    public static String currentStep(List<StepRecord> taken) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            if (taken.get(i).modelStep() != null) {
                return taken.get(i).elementId();
            }
        }
        return null;
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
