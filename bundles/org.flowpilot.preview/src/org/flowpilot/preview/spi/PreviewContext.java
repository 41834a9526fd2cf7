package org.flowpilot.preview.spi;

import java.util.List;
import java.util.Objects;

import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.model.WindowsVersion;

/**
 * What a preview needs besides the step record itself: the scenario (its Windows version, organization, profile and
 * user) and the run's trace up to and including the record, from which the Enrollment Status Page takes the state of
 * the phases that came before. Given to {@link ScreenPreviewContributor}s, and to
 * {@link org.flowpilot.preview.ScreenPreviews} by whoever shows a preview.
 *
 * @param scenario the scenario the run is for
 * @param trace the run's records up to and including the one previewed, oldest first
 */
public record PreviewContext(RunScenario scenario, List<StepRecord> trace) {

    /** Checks the scenario and copies the trace. */
    public PreviewContext {
        Objects.requireNonNull(scenario, "scenario");
        trace = List.copyOf(trace);
    }

    /** The context of {@code record}, one of {@code run}'s records: the run's trace up to it. */
    public static PreviewContext of(Run run, StepRecord record) {
        List<StepRecord> trace = run.trace();
        int index = trace.indexOf(record);
        if (index < 0) {
            throw new IllegalArgumentException("Step " + record.step() + " is not in the run's trace");
        }
        return new PreviewContext(run.scenario(), trace.subList(0, index + 1));
    }

    /** The Windows version the screens take the look and wording of. */
    public WindowsVersion windows() {
        return scenario.windows();
    }
}
