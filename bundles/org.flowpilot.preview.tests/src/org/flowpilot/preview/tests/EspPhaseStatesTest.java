package org.flowpilot.preview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.esp.EspPhaseStates;
import org.flowpilot.preview.esp.EspState;
import org.junit.jupiter.api.Test;

/** The ESP phase states at points of a run, as views beside the screens (a debugger's variables) read them. */
class EspPhaseStatesTest {

    @Test
    void adelesUserFlowSkipsDevicePreparationAndRunsDeviceSetupAgain() {
        Run run = Runs.contoso(Runs.ADELE, WindowsVersion.WINDOWS11);
        List<StepRecord> trace = run.trace();

        assertEquals(states(EspState.WAITING, EspState.WAITING, EspState.WAITING), EspPhaseStates.at(List.of()));
        assertEquals(states(EspState.SKIPPED, EspState.RUNNING, EspState.WAITING),
                EspPhaseStates.at(upTo(trace, Runs.first(run, "esp", "device-setup"))));
        assertEquals(states(EspState.SKIPPED, EspState.SUCCEEDED, EspState.RUNNING),
                EspPhaseStates.at(upTo(trace, Runs.first(run, "esp", "account-setup"))));
        assertEquals(states(EspState.SKIPPED, EspState.SUCCEEDED, EspState.SUCCEEDED), EspPhaseStates.at(trace));
    }

    @Test
    void theTechnicianFlowSkipsAccountSetupAndAFailedPhaseStaysFailed() {
        Run technician = Runs.contoso(Runs.TECHNICIAN, WindowsVersion.WINDOWS11);
        assertEquals(EspState.SKIPPED, EspPhaseStates.at(technician.trace()).get(EspPhaseId.ACCOUNT_SETUP));

        Run failing = Runs.contoso(Runs.APPS_FAIL, WindowsVersion.WINDOWS11);
        // The run ends on the failure page after Device setup; the phase keeps its failure there.
        assertEquals(states(EspState.SUCCEEDED, EspState.FAILED, EspState.SKIPPED), EspPhaseStates.at(failing.trace()));
    }

    private static List<StepRecord> upTo(List<StepRecord> trace, StepRecord record) {
        return trace.subList(0, trace.indexOf(record) + 1);
    }

    private static Map<EspPhaseId, EspState> states(EspState preparation, EspState device, EspState account) {
        Map<EspPhaseId, EspState> states = new EnumMap<>(EspPhaseId.class);
        states.put(EspPhaseId.DEVICE_PREPARATION, preparation);
        states.put(EspPhaseId.DEVICE_SETUP, device);
        states.put(EspPhaseId.ACCOUNT_SETUP, account);
        return states;
    }
}
