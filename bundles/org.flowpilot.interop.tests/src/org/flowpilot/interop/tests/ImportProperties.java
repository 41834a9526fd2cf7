package org.flowpilot.interop.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.persistence.ModelFileException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Damaged input files, made from valid ones by random edits, either import (and the model then saves and loads
 * again) or fail with one line naming the file and the line or row; nothing else is thrown and no file is written.
 */
class ImportProperties {

    private static final String[] GRAPH_JSON = {"azuread-profile-current.json", "azuread-profile-deprecated-selfdeploying.json",
        "activedirectory-profile.json", "esp-beta.json", "esp-v1.json", "list-mixed.json"};
    private static final byte[] CONTOSO = contoso();
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("=\"([^\"]*)\"");
    private static final Pattern XMI_ID = Pattern.compile("xmi:id=\"([^\"]*)\"");

    private Path folder;

    /** A damaged file: its name, what it was made from, and the edits that made it. */
    record Sample(String fileName, String origin, String edits, byte[] content) {
        @Override
        public String toString() {
            return origin + " " + edits;
        }
    }

    @BeforeProperty
    void createFolder() throws IOException {
        folder = Files.createTempDirectory("import-properties");
    }

    @AfterProperty
    void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property
    void damagedGraphJsonImportsOrFailsInOneLine(@ForAll("graphJson") Sample sample) throws Exception {
        importsOrFailsInOneLine(sample);
    }

    @Property
    void damagedOfflineProfileImportsOrFailsInOneLine(@ForAll("offlineProfile") Sample sample) throws Exception {
        importsOrFailsInOneLine(sample);
    }

    @Property
    void damagedHardwareHashCsvImportsOrFailsInOneLine(@ForAll("hardwareHashCsv") Sample sample) throws Exception {
        importsOrFailsInOneLine(sample);
    }

    @Property
    void damagedModelFileLoadsOrFailsInOneLine(@ForAll("damagedModel") Sample sample) throws Exception {
        loadsOrFailsInOneLine(sample);
    }

    @Property
    void modelWithWrongAttributeValuesLoadsOrFailsInOneLine(@ForAll("wrongAttributeValues") Sample sample)
            throws Exception {
        loadsOrFailsInOneLine(sample);
    }

    @Provide
    Arbitrary<Sample> graphJson() {
        return damaged("damaged.json", GRAPH_JSON);
    }

    @Provide
    Arbitrary<Sample> offlineProfile() {
        return damaged("AutopilotConfigurationFile.json", "AutopilotConfigurationFile.json");
    }

    @Provide
    Arbitrary<Sample> hardwareHashCsv() {
        return damaged("damaged.csv", "devices.csv", "devices-three-columns.csv");
    }

    @Provide
    Arbitrary<Sample> damagedModel() {
        return Mutations.edits().map(edits -> new Sample("damaged.autopilot", "contoso.autopilot", edits.toString(),
                Mutations.apply(CONTOSO, edits)));
    }

    /** Well-formed XML with wrong values: bad enum literals and numbers, dangling or mistyped references. */
    @Provide
    Arbitrary<Sample> wrongAttributeValues() {
        String text = new String(CONTOSO, StandardCharsets.UTF_8);
        List<int[]> values = new ArrayList<>();
        Matcher value = ATTRIBUTE_VALUE.matcher(text);
        while (value.find()) {
            values.add(new int[] {value.start(1), value.end(1)});
        }
        List<String> ids = new ArrayList<>();
        Matcher id = XMI_ID.matcher(text);
        while (id.find()) {
            ids.add(id.group(1));
        }
        Arbitrary<String> replacement = Arbitraries.oneOf(
                Arbitraries.of("", "x", "-1", "0", "2147483648", "1.5", "NaN", "TRUE", "PT5M", "_missing", "#//x",
                        "a b c", "&lt;&amp;", "&#1;", "&unknown;", "\u00e9", "<", "ACCOUNT_SETUP", "windows10"),
                Arbitraries.of(ids), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<int[]> where = Arbitraries.of(values);
        return Combinators.combine(where, replacement).as(Edit::new).list().ofMinSize(1).ofMaxSize(3)
                .map(edits -> {
                    StringBuilder changed = new StringBuilder(text);
                    // From the end, so earlier offsets stay valid; one value edited once.
                    edits.stream().distinct().sorted(Comparator.comparingInt((Edit e) -> e.where()[0]).reversed())
                            .forEach(e -> changed.replace(e.where()[0], e.where()[1], e.value()));
                    return new Sample("damaged.autopilot", "contoso.autopilot", edits.toString(),
                            changed.toString().getBytes(StandardCharsets.UTF_8));
                });
    }

    private record Edit(int[] where, String value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Edit edit && edit.where()[0] == where[0];
        }

        @Override
        public int hashCode() {
            return where[0];
        }

        @Override
        public String toString() {
            return "offset " + where[0] + " := \"" + value + "\"";
        }
    }

    private static Arbitrary<Sample> damaged(String fileName, String... fixtures) {
        return Combinators.combine(Arbitraries.of(fixtures), Mutations.edits()).as((fixture, edits) -> new Sample(
                fileName, fixture, edits.toString(), Mutations.apply(Fixtures.bytes(fixture), edits)));
    }

    private void importsOrFailsInOneLine(Sample sample) throws Exception {
        Path model = folder.resolve("model.autopilot");
        ModelDocument document = ModelDocument.openOrCreate(model);
        Warnings warnings = new Warnings();
        try {
            ModelImporter.importContent(Path.of(sample.fileName()), sample.content(), document, warnings);
        } catch (InteropException e) {
            assertOneLineNamingFileAndPlace(sample.fileName(), e.getMessage());
            assertNoFiles();
            return;
        }
        assertNoFiles();
        for (String warning : warnings.messages()) {
            assertOneLineNamingFileAndPlace(sample.fileName(), warning);
        }
        // What was accepted must be a model that saves and loads again.
        document.save();
        AutopilotPersistence.load(model);
        Files.delete(model);
    }

    private void loadsOrFailsInOneLine(Sample sample) throws Exception {
        Path file = Files.write(folder.resolve(sample.fileName()), sample.content());
        try {
            ModelDocument.open(file);
        } catch (InteropException e) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            ModelFileException refused = assertThrows(ModelFileException.class,
                    () -> AutopilotPersistence.load(file));
            assertEquals(e.getMessage(), refused.getMessage());
            assertTrue(refused.line() > 0 || refused.problem() == ModelFileException.Problem.NOT_A_MODEL,
                    refused.getMessage());
        }
        assertArrayEquals(sample.content(), Files.readAllBytes(file), "loading changed the file");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
        Files.delete(file);
    }

    private static void assertOneLineNamingFileAndPlace(String fileName, String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.matches(Pattern.quote(fileName) + ": (line|row) \\d+.*"), message);
    }

    private void assertNoFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList(), "the import wrote a file");
        }
    }

    private static byte[] contoso() {
        try (InputStream in = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
