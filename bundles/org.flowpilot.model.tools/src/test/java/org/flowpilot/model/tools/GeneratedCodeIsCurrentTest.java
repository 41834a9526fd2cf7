package org.flowpilot.model.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fails when the committed generated code is not what EMF's generator makes from the committed genmodel. */
class GeneratedCodeIsCurrentTest {

    private static final String FIX = "regenerate with: ./mvnw -B -f bundles/org.flowpilot.model.tools/pom.xml"
            + " compile exec:java";

    @TempDir
    Path scratch;

    @Test
    void committedGeneratedFilesMatchTheGenerator() throws IOException {
        Path bundlesDir = Path.of(System.getProperty("flowpilot.bundles.dir", "..")).toAbsolutePath().normalize();
        Map<String, Path> generated = ModelCodeGenerator.generate(bundlesDir, scratch);
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, List<String>> bundle : ModelCodeGenerator.GENERATED_FILES.entrySet()) {
            for (String file : bundle.getValue()) {
                Map<String, String> expected = contents(generated.get(bundle.getKey()).resolve(file));
                Map<String, String> committed = contents(bundlesDir.resolve(bundle.getKey()).resolve(file));
                for (String path : union(expected, committed)) {
                    if (!expected.containsKey(path)) {
                        differences.add("not generated any more: " + bundle.getKey() + "/" + file + path);
                    } else if (!committed.containsKey(path)) {
                        differences.add("missing: " + bundle.getKey() + "/" + file + path);
                    } else if (!expected.get(path).equals(committed.get(path))) {
                        differences.add("differs: " + bundle.getKey() + "/" + file + path);
                    }
                }
            }
        }
        assertEquals(List.of(), differences, FIX);
    }

    private static List<String> union(Map<String, String> first, Map<String, String> second) {
        TreeMap<String, String> all = new TreeMap<>(first);
        all.putAll(second);
        return List.copyOf(all.keySet());
    }

    /** The text of a file, or of every file below a folder, by path relative to it. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        if (Files.isRegularFile(root)) {
            contents.put("", Files.readString(root));
        } else if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    contents.put("/" + root.relativize(file), Files.readString(file));
                }
            }
        }
        return contents;
    }
}
