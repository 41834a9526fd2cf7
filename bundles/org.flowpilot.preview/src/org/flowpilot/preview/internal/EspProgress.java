package org.flowpilot.preview.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.ScreenControl;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.internal.Page.EspItem;
import org.flowpilot.preview.internal.Page.EspPhase;
import org.flowpilot.preview.esp.EspPhaseStates;
import org.flowpilot.preview.esp.EspState;
import org.flowpilot.preview.spi.ButtonRole;
import org.flowpilot.preview.spi.ScreenButton;

/**
 * The three ESP phases at one record of a run, ready to draw: each phase's state by {@link EspPhaseStates}, its
 * details (the tracked items of its latest record), and which phase has its details open.
 */
final class EspProgress {

    private EspProgress() {
    }

    /** The phases as the ESP shows them at the last record of {@code trace}. */
    static List<EspPhase> phases(List<StepRecord> trace) {
        StepRecord current = trace.get(trace.size() - 1);
        Map<EspPhaseId, StepRecord> latest = EspPhaseStates.latestRecords(trace);
        Map<EspPhaseId, EspState> states = EspPhaseStates.at(trace);
        // The phase whose details are open: the record's own, or on the error page the one that failed.
        EspPhaseId open = current.espPhase();
        if (open == null) {
            for (EspPhaseId phase : EspPhaseId.values()) {
                StepRecord record = latest.get(phase);
                if (record != null && record.status().isFailure()) {
                    open = phase;
                }
            }
        }
        List<EspPhase> phases = new ArrayList<>(3);
        for (EspPhaseId phase : EspPhaseId.values()) {
            StepRecord record = latest.get(phase);
            EspState state = states.get(phase);
            boolean expanded = phase == open && record != null && !record.items().isEmpty();
            ScreenControl toggle = expanded ? ScreenControl.HIDE_DETAILS : ScreenControl.SHOW_DETAILS;
            phases.add(new EspPhase(phase.id(), phase.kind().getLiteral(), state, ShellWording.phaseState(state),
                    record == null ? List.of() : items(record), expanded, toggleButton(toggle)));
        }
        return phases;
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
            EspState state = EspState.SUCCEEDED;
            List<String> names = new ArrayList<>();
            for (TrackedItemRecord item : record.items()) {
                if (!category[0].equals(item.kind()) || !ShellWording.onScreen(item.outcome())) {
                    continue;
                }
                tracked++;
                names.add(item.name());
                EspState itemState = ShellWording.itemState(item.outcome());
                if (itemState == EspState.SUCCEEDED) {
                    done++;
                } else if (itemState == EspState.FAILED || state != EspState.FAILED) {
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
