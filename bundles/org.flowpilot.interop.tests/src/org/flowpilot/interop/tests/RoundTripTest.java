package org.flowpilot.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ExportOptions;
import org.flowpilot.interop.GraphShape;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.base.Warnings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Import, export, import gives an equal model; export, import, export gives equal JSON (or CSV). */
class RoundTripTest {

    private static final List<String> GRAPH_FIXTURES = List.of("azuread-profile-current.json",
            "azuread-profile-deprecated-selfdeploying.json", "activedirectory-profile.json", "esp-beta.json",
            "esp-v1.json", "list-mixed.json");

    @TempDir
    Path folder;

    @Test
    void graphJsonRoundTripsInEveryShape() throws Exception {
        for (String fixture : GRAPH_FIXTURES) {
            for (GraphShape shape : GraphShape.values()) {
                for (boolean readOnly : new boolean[] {false, true}) {
                    ExportOptions options = new ExportOptions(shape, readOnly, null, null, null);
                    assertRoundTrip(fixture, ExportFormat.GRAPH_JSON, options);
                }
            }
        }
    }

    @Test
    void csvAndOfflineFileRoundTrip() throws Exception {
        assertRoundTrip("devices.csv", ExportFormat.CSV, ExportOptions.defaults());
        assertRoundTrip("devices-three-columns.csv", ExportFormat.CSV, ExportOptions.defaults());
        assertRoundTrip("AutopilotConfigurationFile.json", ExportFormat.AUTOPILOT_CONFIG, ExportOptions.defaults());
    }

    @Test
    void theFullResourceExportGivesBackTheImportedJson() throws Exception {
        for (String fixture : List.of("azuread-profile-current.json", "esp-beta.json")) {
            ModelDocument document = Fixtures.imported(folder.resolve(fixture), fixture);
            String exported = Fixtures.export(document, ExportFormat.GRAPH_JSON,
                    new ExportOptions(GraphShape.CURRENT, true, null, null, null));
            JsonObject original = JsonParser.parseString(Fixtures.text(fixture)).getAsJsonObject();
            assertEquals(original, JsonParser.parseString(exported), fixture);
        }
    }

    @Test
    void theOfflineFileExportIsTheImportedFile() throws Exception {
        ModelDocument document = Fixtures.imported(folder, "AutopilotConfigurationFile.json");
        String exported = Fixtures.export(document, ExportFormat.AUTOPILOT_CONFIG, ExportOptions.defaults());
        assertEquals(JsonParser.parseString(Fixtures.text("AutopilotConfigurationFile.json")),
                JsonParser.parseString(exported));
    }

    @Test
    void aSavedModelAloneKeepsWhatTheImportKept() throws Exception {
        Path imports = Files.createTempDirectory(folder, "imports");
        ModelDocument document = Fixtures.imported(imports, "list-mixed.json");
        String before = Fixtures.export(document, ExportFormat.GRAPH_JSON, ExportOptions.defaults());
        document.save();
        Path alone = Files.createTempDirectory(folder, "alone").resolve("copy.autopilot");
        Files.copy(document.path(), alone);
        ModelDocument reopened = ModelDocument.open(alone);
        String after = Fixtures.export(reopened, ExportFormat.GRAPH_JSON, ExportOptions.defaults());
        assertEquals(before, after);
        assertTrue(EcoreUtil.equals(document.model(), reopened.model()));
    }

    @Test
    void aReopenedModelExportsTheUnknownPropertiesAndTheGraphId() throws Exception {
        ModelDocument document = Fixtures.imported(folder, "p.json", ("{\"@odata.type\": \"#microsoft.graph."
                + "azureADWindowsAutopilotDeploymentProfile\", \"id\": \"graph-id-1\", \"displayName\": \"P\","
                + " \"futureSetting\": {\"level\": 3, \"note\": null}}").getBytes(StandardCharsets.UTF_8),
                new Warnings());
        document.save();
        try (var files = Files.list(folder)) {
            assertEquals(List.of(document.path()), files.filter(Files::isRegularFile).toList());
        }
        JsonObject exported = JsonParser.parseString(Fixtures.export(ModelDocument.open(document.path()),
                ExportFormat.GRAPH_JSON, new ExportOptions(GraphShape.CURRENT, true, null, null, null)))
                .getAsJsonObject();
        assertEquals("graph-id-1", exported.get("id").getAsString());
        assertEquals(JsonParser.parseString("{\"level\": 3, \"note\": null}"), exported.get("futureSetting"));
    }

    private void assertRoundTrip(String fixture, ExportFormat format, ExportOptions options) throws Exception {
        String context = fixture + " " + options;
        Path first = Files.createTempDirectory(folder, "first");
        ModelDocument imported = Fixtures.imported(first, fixture);
        String exported = Fixtures.export(imported, format, options);
        ModelDocument reimported = Fixtures.imported(Files.createTempDirectory(folder, "second"), fixture,
                exported.getBytes(StandardCharsets.ISO_8859_1), new Warnings());
        if (format != ExportFormat.GRAPH_JSON || options.includeReadOnly()) {
            // A create body leaves out the ids and timestamps on purpose; the full resource keeps everything.
            assertTrue(EcoreUtil.equals(imported.model(), reimported.model()), context + ": models differ");
        }
        assertEquals(exported, Fixtures.export(reimported, format, options), context + ": exports differ");
    }
}
