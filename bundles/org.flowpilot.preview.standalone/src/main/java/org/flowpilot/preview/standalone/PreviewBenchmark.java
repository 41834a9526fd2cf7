package org.flowpilot.preview.standalone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.ScreenPreviews;
import org.flowpilot.preview.spi.PreviewContext;

/**
 * Prints the median time to render one screen preview as a whole HTML document on a plain JVM (no OSGi): every
 * shown step of the seed's user flow (Contoso, "Adele signs in to her laptop") on Windows 10 and Windows 11, after
 * a warm-up. The argument is the number of measured rounds (default 15); each round renders every screen 200 times.
 * The first render of a fresh JVM (class loading, the stylesheets read once) is printed apart.
 */
public final class PreviewBenchmark {

    private static final String USER_FLOW_SCENARIO = "Adele signs in to her laptop";
    private static final int RENDERS_PER_SCREEN = 200;

    private PreviewBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Scenario seed = ExampleModels.contoso().getScenarios().stream()
                .filter(s -> s.getName().equals(USER_FLOW_SCENARIO)).findFirst().orElseThrow();
        FlowEngine engine = new FlowEngine();
        ScreenPreviews previews = ScreenPreviews.with(List.of());
        List<StepRecord> records = new ArrayList<>();
        List<PreviewContext> contexts = new ArrayList<>();
        for (WindowsVersion windows : WindowsVersion.VALUES) {
            RunScenario scenario = Scenarios.of(seed).toBuilder().windows(windows).build();
            Run run = engine.simulate(engine.prepare(seed.getFlow()), scenario);
            for (StepRecord record : run.trace()) {
                if (previews.hasScreen(record)) {
                    records.add(record);
                    contexts.add(PreviewContext.of(run, record));
                }
            }
        }
        long first = System.nanoTime();
        int firstLength = previews.document(records.get(0), contexts.get(0)).orElseThrow().length();
        double firstMillis = (System.nanoTime() - first) / 1e6;

        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            sink += renderAll(previews, records, contexts);
        }
        double[] perRender = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            sink += renderAll(previews, records, contexts);
            perRender[round] = (System.nanoTime() - start) / 1e6 / (RENDERS_PER_SCREEN * records.size());
        }
        Arrays.sort(perRender);
        System.out.printf("Screen preview, whole HTML document (%d screens of the seed's user flow, Windows 10 and 11,"
                + " %,d characters each on average)%n", records.size(), sink / (long) (3 + rounds) / records.size()
                        / RENDERS_PER_SCREEN);
        System.out.printf("  first render in a fresh JVM: %.1f ms (%,d characters)%n", firstMillis, firstLength);
        System.out.printf("  median per render over %d rounds: %.3f ms (min %.3f, max %.3f); target under 20 ms%n",
                rounds, perRender[rounds / 2], perRender[0], perRender[rounds - 1]);
    }

    private static long renderAll(ScreenPreviews previews, List<StepRecord> records, List<PreviewContext> contexts) {
        long characters = 0;
        for (int i = 0; i < records.size(); i++) {
            for (int n = 0; n < RENDERS_PER_SCREEN; n++) {
                characters += previews.document(records.get(i), contexts.get(i)).orElseThrow().length();
            }
        }
        return characters;
    }
}
