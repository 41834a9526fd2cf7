package org.flowpilot.preview.esp;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;

/**
 * The state of each Enrollment Status Page phase at one point of a run, read from the trace up to that point: the
 * last record's own phase is running (or failed), the phases before it in this attempt succeeded, failed or were
 * skipped, a phase the flow has no step for or passed over (Device preparation in a pre-provisioned user flow,
 * Account setup in the technician flow) is skipped, the phases after it wait. An attempt starts at the last power on,
 * so after a Reset the earlier attempt no longer counts. The ESP screen is drawn by this rule, and views that show a
 * run's state beside its screens (a debugger's variables) use it too.
 */
public final class EspPhaseStates {

    private EspPhaseStates() {
    }

    /**
     * The state of the three phases, in their order, at the last record of {@code trace} (a run's records up to the
     * point shown, oldest first); with an empty trace every phase waits.
     */
    public static Map<EspPhaseId, EspState> at(List<StepRecord> trace) {
        Map<EspPhaseId, EspState> states = new EnumMap<>(EspPhaseId.class);
        if (trace.isEmpty()) {
            for (EspPhaseId phase : EspPhaseId.values()) {
                states.put(phase, EspState.WAITING);
            }
            return states;
        }
        StepRecord current = trace.get(trace.size() - 1);
        Map<EspPhaseId, StepRecord> latest = latestRecords(trace);
        Flow flow = flowOf(trace);
        Set<EspPhaseId> phasesOfFlow = EnumSet.noneOf(EspPhaseId.class);
        if (flow != null) {
            for (Step step : flow.getSteps()) {
                if (step instanceof EspPhaseStep phaseStep) {
                    phasesOfFlow.add(EspPhaseId.of(phaseStep.getPhase()));
                }
            }
        }
        EspPhaseId[] order = EspPhaseId.values();
        for (int p = 0; p < order.length; p++) {
            EspPhaseId phase = order[p];
            StepRecord record = latest.get(phase);
            EspState state;
            if (record == null) {
                // A phase the flow has no step for never runs in it (Account setup in the technician flow).
                state = anyLater(latest, order, p) || flow != null && !phasesOfFlow.contains(phase)
                        ? EspState.SKIPPED
                        : EspState.WAITING;
            } else if (record.status().isFailure()) {
                state = EspState.FAILED;
            } else if (record.status() == StepStatus.SKIPPED) {
                state = EspState.SKIPPED;
            } else {
                state = record == current ? EspState.RUNNING : EspState.SUCCEEDED;
            }
            states.put(phase, state);
        }
        return states;
    }

    /** Each phase's latest record in the current attempt (since the last power on) of {@code trace}. */
    public static Map<EspPhaseId, StepRecord> latestRecords(List<StepRecord> trace) {
        Map<EspPhaseId, StepRecord> latest = new EnumMap<>(EspPhaseId.class);
        for (int i = attemptStart(trace); i < trace.size(); i++) {
            StepRecord record = trace.get(i);
            if (record.espPhase() != null) {
                latest.put(record.espPhase(), record);
            }
        }
        return latest;
    }

    private static Flow flowOf(List<StepRecord> trace) {
        for (StepRecord record : trace) {
            if (record.modelStep() != null && record.modelStep().eContainer() instanceof Flow flow) {
                return flow;
            }
        }
        return null;
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
}
