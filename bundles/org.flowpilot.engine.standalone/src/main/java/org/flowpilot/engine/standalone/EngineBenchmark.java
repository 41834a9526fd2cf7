package org.flowpilot.engine.standalone;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.flowpilot.cli.report.Explain;
import org.flowpilot.cli.report.TraceReport;
import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.Scenario;

import com.google.gson.Gson;

/**
 * Prints medians of the engine's speed on a plain JVM (no OSGi): steps per second on the seed's user flow (Contoso,
 * "Adele signs in to her laptop"), {@code explain} over a 10,000-scenario matrix, and a whole process that loads the
 * example, simulates one scenario and prints the JSON trace. The argument is the number of measured rounds (default 7), after 3 warm-ups.
 */
public final class EngineBenchmark {

    private static final String USER_FLOW_SCENARIO = "Adele signs in to her laptop";

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--simulate-once")) {
            simulateOnce();
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        AutopilotModel contoso = ExampleModels.contoso();
        Scenario seed = contoso.getScenarios().stream().filter(s -> s.getName().equals(USER_FLOW_SCENARIO))
                .findFirst().orElseThrow();
        FlowEngine engine = new FlowEngine();
        PreparedFlow userFlow = engine.prepare(seed.getFlow());
        RunScenario scenario = Scenarios.of(seed);

        double[] stepsPerSecond = measure(rounds, () -> {
            long steps = 0;
            long start = System.nanoTime();
            long end = start + 500_000_000L;
            long now;
            do {
                for (int i = 0; i < 1_000; i++) {
                    Run run = engine.simulate(userFlow, scenario);
                    steps += run.trace().size();
                }
                now = System.nanoTime();
            } while (now < end);
            return steps / ((now - start) / 1e9);
        });
        System.out.printf("steps/s on the seed's user flow (%s, %d steps a run): median %,.0f  (rounds: %s)%n",
                seed.getFlow().getName(), engine.simulate(userFlow, scenario).trace().size(), median(stepsPerSecond),
                format(stepsPerSecond, "%,.0f"));

        List<Explain.Case> matrix = Explain.matrix();
        List<Explain.Case> cases = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            cases.add(matrix.get(i % matrix.size()));
        }
        Map<FlowKind, PreparedFlow> flows = new EnumMap<>(FlowKind.class);
        AssignedUser user = scenario.assignedUser();
        RunScenario base = scenario.toBuilder().assignedUser(null).build();
        double[] explainMillis = measure(rounds, () -> {
            long start = System.nanoTime();
            List<Explain.Row> rows = Explain.explain(engine,
                    kind -> flows.computeIfAbsent(kind, k -> engine.prepare(StandardFlows.of(k))), base, user, cases);
            if (rows.size() != cases.size()) {
                throw new IllegalStateException("explain lost rows");
            }
            return (System.nanoTime() - start) / 1e6;
        });
        System.out.printf("explain over a 10,000-scenario matrix: median %.1f ms  (rounds: %s)%n", median(explainMillis),
                format(explainMillis, "%.1f"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Under exec:java the class path property is Maven's, so gather the jars this code was loaded from.
        String classPath = String.join(File.pathSeparator, locationOf(EngineBenchmark.class),
                locationOf(EObject.class), locationOf(URI.class), locationOf(XMIResource.class),
                locationOf(Gson.class));
        double[] processMillis = measure(rounds, () -> {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(java, "-cp", classPath, EngineBenchmark.class.getName(),
                    "--simulate-once").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the simulate process failed");
            }
            return (System.nanoTime() - start) / 1e6;
        });
        System.out.printf("whole process (JVM start, load contoso.autopilot, simulate, print JSON): median %.0f ms"
                + "  (rounds: %s)%n", median(processMillis), format(processMillis, "%.0f"));
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void simulateOnce() {
        AutopilotModel contoso = ExampleModels.contoso();
        Scenario seed = contoso.getScenarios().stream().filter(s -> s.getName().equals(USER_FLOW_SCENARIO))
                .findFirst().orElseThrow();
        FlowEngine engine = new FlowEngine();
        Run run = engine.simulate(engine.prepare(seed.getFlow()), Scenarios.of(seed));
        System.out.print(TraceReport.json(run));
    }

    interface Measurement {
        double once() throws Exception;
    }

    private static double[] measure(int rounds, Measurement measurement) throws Exception {
        for (int i = 0; i < 3; i++) {
            measurement.once();
        }
        double[] results = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            results[i] = measurement.once();
        }
        return results;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String format(double[] values, String pattern) {
        return String.join(" ", Arrays.stream(values).mapToObj(v -> String.format(pattern, v)).toList());
    }
}
