package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flowpilot.interop.tests.Fixtures;
import org.flowpilot.interop.tests.Mutations;
import org.flowpilot.library.ExampleModels;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The commands that write files, given damaged input: {@code import} either imports or fails with one line naming
 * the file and the line or row, leaving the model file byte for byte as it was; {@code export} of a damaged model
 * either exports or fails in one line, leaving an earlier output file as it was. No command exits with an internal
 * error or leaves a temporary file.
 */
class CommandProperties {

    private static final List<String> IMPORTABLE = List.of("azuread-profile-current.json", "activedirectory-profile.json",
            "esp-beta.json", "list-mixed.json", "AutopilotConfigurationFile.json", "devices.csv",
            "devices-three-columns.csv");
    private static final String PREVIOUS_EXPORT = "{\"earlier\": \"export\"}";

    private Path folder;

    record Damaged(String origin, String edits, byte[] content) {
        @Override
        public String toString() {
            return origin + " " + edits;
        }
    }

    @BeforeProperty
    void createFolder() throws IOException {
        folder = Files.createTempDirectory("command-properties");
    }

    @AfterProperty
    void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(tries = 200)
    void importOfADamagedFileChangesTheModelOnlyOnSuccess(@ForAll("damagedInput") Damaged input) throws IOException {
        Path model = Cli.contosoIn(folder);
        byte[] before = Files.readAllBytes(model);
        String name = input.origin().endsWith(".csv") ? "damaged.csv" : "damaged.json";
        Path file = Files.write(folder.resolve(name), input.content());
        Cli cli = Cli.run("import", file.toString(), "--into", model.toString());
        if (cli.exitCode() != 0) {
            assertOneLineError(cli, "flowpilot import: " + file + ": ", 2);
            assertArrayEquals(before, Files.readAllBytes(model), "a failed import changed the model file");
        }
        assertEquals(List.of(model, file), files(), "files left behind");
        Files.delete(file);
        Files.delete(model);
    }

    @Property(tries = 200)
    void exportOfADamagedModelWritesOnlyOnSuccess(@ForAll("damagedModel") Damaged input) throws IOException {
        Path model = Files.write(folder.resolve("damaged.autopilot"), input.content());
        Path out = Files.writeString(folder.resolve("profiles.json"), PREVIOUS_EXPORT);
        Cli cli = Cli.run("export", model.toString(), "--format", "graph-json", "--out", out.toString());
        if (cli.exitCode() != 0) {
            assertOneLineError(cli, "flowpilot export: ", 2);
            assertEquals(PREVIOUS_EXPORT, Files.readString(out), "a failed export changed its output file");
        }
        assertArrayEquals(input.content(), Files.readAllBytes(model), "the export changed the model file");
        assertEquals(List.of(model, out), files(), "files left behind");
        Files.delete(model);
        Files.delete(out);
    }

    @Provide
    Arbitrary<Damaged> damagedInput() {
        return Combinators.combine(Arbitraries.of(IMPORTABLE), Mutations.edits()).as((fixture, edits) -> new Damaged(
                fixture, edits.toString(), Mutations.apply(Fixtures.bytes(fixture), edits)));
    }

    @Provide
    Arbitrary<Damaged> damagedModel() throws IOException {
        byte[] contoso;
        try (InputStream in = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
            contoso = in.readAllBytes();
        }
        return Mutations.edits().map(edits -> new Damaged("contoso.autopilot", edits.toString(),
                Mutations.apply(contoso, edits)));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted(Comparator.comparing((Path path) -> !path.toString().endsWith(".autopilot"))
                    .thenComparing(Comparator.naturalOrder())).toList();
        }
    }

    private static void assertOneLineError(Cli cli, String start, int exitCode) {
        assertEquals(exitCode, cli.exitCode(), cli.err());
        String error = cli.err().strip();
        assertFalse(error.contains("\n"), error);
        assertTrue(error.startsWith(start), error);
        assertTrue(Pattern.compile(": (line|row) \\d+").matcher(error).find()
                || error.contains("holds no Flowpilot model"), error);
    }
}
