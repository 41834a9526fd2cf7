package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.flowpilot.interop.ModelDocument;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code flowpilot import FOLDER}: an IntuneCD backup tree into a model. */
class BackupImportTest {

    @TempDir
    Path folder;

    @Test
    void importsABackupFolderAndListsWhatItLeftOutWhenVerbose() throws Exception {
        Path backup = FabrikamBackup.copy("yaml", folder, "backup");
        Path model = folder.resolve("fabrikam.autopilot");
        Cli cli = Cli.run("import", backup.toString(), "--into", model.toString(), "--verbose");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.contains("Skipped " + backup.resolve(FabrikamBackup.SCRIPT) + ": not a JSON or YAML file"),
                cli.out());
        assertTrue(lines.contains("Skipped " + backup.resolve(FabrikamBackup.WIFI + ".yaml") + ": not a deployment"
                + " profile, ESP configuration or Autopilot device (@odata.type #microsoft.graph.windowsWifiConfiguration)"),
                cli.out());
        assertTrue(lines.contains("Read " + backup.resolve(FabrikamBackup.ESP + ".yaml") + " (Microsoft Graph YAML)"),
                cli.out());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("Skipped ")).count(), cli.out());

        AutopilotModel imported = ModelDocument.open(model).model();
        assertEquals(List.of("Fabrikam shared kiosks", "Fabrikam staff laptops"),
                imported.getProfiles().stream().map(DeploymentProfile::getName).toList());
        assertEquals(DeploymentMode.SELF_DEPLOYING, imported.getProfiles().get(0).getDeploymentMode());
        assertEquals("Fabrikam ESP", imported.getEnrollmentStatusPages().get(0).getName());
        assertEquals(2, imported.getGroups().size());
    }

    @Test
    void withoutVerboseOneLineSaysWhatWasLeftOut() throws Exception {
        Path backup = FabrikamBackup.copy("json", folder, "backup");
        Path model = folder.resolve("fabrikam.autopilot");
        Cli cli = Cli.run("import", backup.toString(), "--into", model.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(List.of("Imported 3 elements from 3 files of " + backup + " into " + model + " (2 files and"
                + " folders left out; --verbose lists them)"), cli.out().lines().toList());
    }

    @Test
    void jsonReportListsFoldersWithReasonIds() throws Exception {
        Path backup = FabrikamBackup.copy("json", folder, "backup");
        Cli cli = Cli.run("import", backup.toString(), "--into", folder.resolve("m.autopilot").toString(),
                "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonObject tree = report.getAsJsonArray("folders").get(0).getAsJsonObject();
        assertEquals(3, tree.get("elements").getAsInt());
        JsonArray skipped = tree.getAsJsonArray("skipped");
        assertEquals(2, skipped.size());
        assertEquals("OTHER_KIND", skipped.get(0).getAsJsonObject().get("reason").getAsString());
        assertEquals("NOT_JSON_OR_YAML", skipped.get(1).getAsJsonObject().get("reason").getAsString());
        assertEquals("GRAPH_JSON", tree.getAsJsonArray("imported").get(0).getAsJsonObject().get("kind")
                .getAsString());
    }

    @Test
    void aBadFileInTheFolderWritesNothing() throws Exception {
        Path backup = FabrikamBackup.copy("yaml", folder, "backup");
        FabrikamBackup.edit(backup, FabrikamBackup.ESP + ".yaml", "installProgressTimeoutInMinutes: 60",
                "installProgressTimeoutInMinutes: [60");
        Path model = Cli.contosoIn(folder);
        byte[] before = Files.readAllBytes(model);
        Cli cli = Cli.run("import", backup.toString(), "--into", model.toString());
        assertEquals(2, cli.exitCode());
        List<String> errors = cli.err().lines().toList();
        assertEquals(1, errors.size(), cli.err());
        assertTrue(errors.get(0).startsWith("flowpilot import: " + backup.resolve(FabrikamBackup.ESP + ".yaml")
                + ": line "), errors.get(0));
        assertTrue(errors.get(0).contains("malformed YAML"), errors.get(0));
        assertTrue(Arrays.equals(before, Files.readAllBytes(model)), "the model was changed");
        assertFalse(cli.out().contains("Imported"));
    }
}
