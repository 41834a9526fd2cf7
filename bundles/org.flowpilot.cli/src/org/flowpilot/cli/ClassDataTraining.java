package org.flowpilot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the headless commands' class-data archive (see {@code flowpilot_make_class_data} in the
 * launch script's {@code flowpilot-env.sh}): runs the commands a person uses most on the example, in one JVM, so
 * that the archive holds the classes of each. Output goes nowhere; files go to a temporary folder, removed after.
 * <p>
 * {@code java -XX:AOTCacheOutput=... -cp CLASSPATH org.flowpilot.cli.ClassDataTraining EXAMPLE.autopilot SCENARIO}
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    /** Runs the commands on the model {@code args[0]} and its scenario {@code args[1]}. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        // Every command starts in Main, which this run does not go through (it would exit the JVM): load it too.
        Class.forName(Main.class.getName());
        Path folder = Files.createTempDirectory("flowpilot-training");
        try {
            Path model = Files.copy(Path.of(args[0]), folder.resolve("example.autopilot"),
                    StandardCopyOption.REPLACE_EXISTING);
            String scenario = args[1];
            String out = folder.resolve("export.json").toString();
            for (List<String> command : List.of(List.of("validate", model.toString()),
                    List.of("simulate", model.toString(), "--scenario", scenario),
                    List.of("simulate", model.toString(), "--scenario", scenario, "--format", "json"),
                    List.of("simulate", model.toString(), "--scenario", scenario, "--format", "html", "--out",
                            folder.resolve("report.html").toString()),
                    List.of("explain", model.toString()), List.of("explain", model.toString(), "--format", "json"),
                    List.of("explain", model.toString(), "--devices"),
                    List.of("export", model.toString(), "--format", "graph-json", "--out", out),
                    List.of("import", out, "--into", model.toString()))) {
                FlowpilotCommand.run(command.toArray(String[]::new), nowhere(), nowhere());
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static PrintWriter nowhere() {
        return new PrintWriter(Writer.nullWriter());
    }
}
