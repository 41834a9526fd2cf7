package org.flowpilot.preview.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowpilot.engine.Run;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.Scenario;
import org.flowpilot.preview.ScreenPreviews;
import org.flowpilot.preview.spi.PreviewContext;
import org.junit.jupiter.api.Test;

/** The renderer on a plain class path, without OSGi: its stylesheets load and every shown step of a run renders. */
class PlainJvmTest {

    @Test
    void everyShownStepOfTheSeedsUserFlowRendersOutsideOsgi() {
        Scenario seed = ExampleModels.contoso().getScenarios().stream()
                .filter(s -> s.getName().equals("Adele signs in to her laptop")).findFirst().orElseThrow();
        FlowEngine engine = new FlowEngine();
        Run run = engine.simulate(engine.prepare(seed.getFlow()), Scenarios.of(seed));
        ScreenPreviews previews = ScreenPreviews.standard();
        List<String> screens = run.trace().stream().filter(previews::hasScreen).map(StepRecord::screenId).toList();
        assertEquals(List.of("language-region", "keyboard", "entra-sign-in", "mfa", "esp", "esp", "desktop"), screens);
        for (StepRecord record : run.trace()) {
            if (previews.hasScreen(record)) {
                String document = previews.document(record, PreviewContext.of(run, record)).orElseThrow();
                assertTrue(document.contains("data-screen=\"" + record.screenId() + "\""), record.screenId());
                assertTrue(document.contains(".screen.win11"), "the stylesheet is inlined");
            }
        }
    }
}
