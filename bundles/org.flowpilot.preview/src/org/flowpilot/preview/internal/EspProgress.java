package org.flowpilot.preview.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.ScreenControl;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.internal.Page.EspItem;
import org.flowpilot.preview.internal.Page.EspPhase;
import org.flowpilot.preview.internal.Page.State;
import org.flowpilot.preview.spi.ButtonRole;
import org.flowpilot.preview.spi.ScreenButton;

/**
 * The state of the three ESP phases at one record of a run, read from the trace: the record's own phase is running
 * (or failed), the phases before it in this attempt succeeded, failed or were skipped, a phase the flow has no step
 * for or passed over (Device preparation in a pre-provisioned user flow, Account setup in the technician flow) is
 * skipped, the phases after it wait. An
 * attempt starts at the last power on, so after a Reset the earlier attempt no longer counts.
 */
final class EspProgress {

    private EspProgress() {
    }

    /** The phases as the ESP shows them at the last record of {@code trace}. */
    static List<EspPhase> phases(List<StepRecord> trace) {
        StepRecord current = trace.get(trace.size() - 1);
        Map<EspPhaseId, StepRecord> latest = new EnumMap<>(EspPhaseId.class);
        for (int i = attemptStart(trace); i < trace.size(); i++) {
            StepRecord record = trace.get(i);
            if (record.espPhase() != null) {
                latest.put(record.espPhase(), record);
            }
        }
        // The phase whose details are open: the record's own, or on the error page the one that failed.
        EspPhaseId open = current.espPhase();
        if (open == null) {
            for (EspPhaseId phase : EspPhaseId.values()) {
                StepRecord record = latest.get(phase);
                if (record != null && failed(record)) {
                    open = phase;
                }
            }
        }
        // A phase the flow has no step for never runs in it (Account setup in the technician flow).
        Flow flow = flowOf(trace);
        Set<EspPhaseId> phasesOfFlow = EnumSet.noneOf(EspPhaseId.class);
        if (flow != null) {
            for (Step step : flow.getSteps()) {
                if (step instanceof EspPhaseStep phaseStep) {
                    phasesOfFlow.add(EspPhaseId.of(phaseStep.getPhase()));
                }
            }
        }
        List<EspPhase> phases = new ArrayList<>(3);
        EspPhaseId[] order = EspPhaseId.values();
        for (int p = 0; p < order.length; p++) {
            EspPhaseId phase = order[p];
            StepRecord record = latest.get(phase);
            State state;
            if (record == null) {
                state = anyLater(latest, order, p) || flow != null && !phasesOfFlow.contains(phase) ? State.SKIPPED
                        : State.WAITING;
            } else if (failed(record)) {
                state = State.FAILED;
            } else if (record.status() == StepStatus.SKIPPED) {
                state = State.SKIPPED;
            } else {
                state = record == current ? State.RUNNING : State.SUCCEEDED;
            }
            boolean expanded = phase == open && record != null && !record.items().isEmpty();
            ScreenControl toggle = expanded ? ScreenControl.HIDE_DETAILS : ScreenControl.SHOW_DETAILS;
            phases.add(new EspPhase(phase.id(), phase.kind().getLiteral(), state, ShellWording.phaseState(state),
                    record == null ? List.of() : items(record), expanded, toggleButton(toggle)));
        }
        return phases;
    }

    private static Flow flowOf(List<StepRecord> trace) {
        for (StepRecord record : trace) {
            if (record.modelStep() != null && record.modelStep().eContainer() instanceof Flow flow) {
                return flow;
            }
        }
        return null;
    }

    private static boolean failed(StepRecord record) {
        return record.status() == StepStatus.FAILED || record.status() == StepStatus.TIMED_OUT;
    }

    private static boolean anyLater(Map<EspPhaseId, StepRecord> latest, EspPhaseId[] order, int from) {
        for (int i = from + 1; i < order.length; i++) {
            if (latest.containsKey(order[i])) {
                return true;
            }
        }
        return false;
    }

    private static int attemptStart(List<StepRecord> trace) {
        for (int i = trace.size() - 1; i >= 0; i--) {
            if (trace.get(i).kind() == StepKind.POWER_ON) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The phase's details as the ESP words them: each preparation task on its own line, the other items counted by
     * category ("Apps (2 of 3 installed)"), leaving out what the ESP does not track. A category's state is its
     * worst item's; the names of its items are the line's tooltip.
     */
    private static List<EspItem> items(StepRecord record) {
        List<EspItem> lines = new ArrayList<>();
        for (TrackedItemRecord item : record.items()) {
            if (ShellWording.PREPARATION_TASK.equals(item.kind()) && ShellWording.onScreen(item.outcome())) {
                lines.add(new EspItem(item.name(), ShellWording.itemState(item.outcome()),
                        ShellWording.taskOutcome(item.outcome()), item.name()));
            }
        }
        for (String[] category : ShellWording.CATEGORIES) {
            int tracked = 0;
            int done = 0;
            State state = State.SUCCEEDED;
            List<String> names = new ArrayList<>();
            for (TrackedItemRecord item : record.items()) {
                if (!category[0].equals(item.kind()) || !ShellWording.onScreen(item.outcome())) {
                    continue;
                }
                tracked++;
                names.add(item.name());
                State itemState = ShellWording.itemState(item.outcome());
                if (itemState == State.SUCCEEDED) {
                    done++;
                } else if (itemState == State.FAILED || state != State.FAILED) {
                    state = itemState;
                }
            }
            if (tracked > 0) {
                lines.add(new EspItem(category[1], state, ShellWording.count(done, tracked, category[2]),
                        String.join(", ", names)));
            }
        }
        return lines;
    }

    /**
     * The details toggle: its id, and as label the words Windows 10 shows, which on Windows 11 become the chevron's
     * accessible name (the catalogue's Windows 11 label is the chevron glyph itself, drawn as an icon).
     */
    private static ScreenButton toggleButton(ScreenControl control) {
        return new ScreenButton(RecordPages.buttonId(control), control.label(WindowsVersion.WINDOWS10),
                ButtonRole.LINK, true);
    }
}
