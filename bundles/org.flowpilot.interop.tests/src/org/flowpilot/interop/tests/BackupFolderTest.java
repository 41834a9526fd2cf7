package org.flowpilot.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flowpilot.interop.FolderImportResult;
import org.flowpilot.interop.ImportResult;
import org.flowpilot.interop.InputKind;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.SkipReason;
import org.flowpilot.interop.SkippedFile;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.UserAccountType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Backup folders laid out as IntuneCD writes them, in JSON and in YAML. */
class BackupFolderTest {

    @TempDir
    Path folder;

    private FolderImportResult importTree(Path tree, ModelDocument document, Warnings warnings)
            throws InteropException {
        return ModelImporter.importFolder(tree, document, warnings);
    }

    private ModelDocument newModel(String name) throws InteropException {
        return ModelDocument.openOrCreate(folder.resolve(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "yaml"})
    void importsProfilesEspsAndDevicesAndSkipsTheRest(String format) throws Exception {
        Path tree = BackupTrees.copy(format, folder);
        ModelDocument document = newModel("tenant.autopilot");
        FolderImportResult result = importTree(tree, document, new Warnings());

        InputKind kind = format.equals("json") ? InputKind.GRAPH_JSON : InputKind.GRAPH_YAML;
        assertEquals(6, result.imported().size());
        assertTrue(result.imported().stream().allMatch(r -> r.kind() == kind && r.elements() == 1));
        assertEquals(6, result.elements());
        Map<String, SkipReason> skipped = result.skipped().stream().collect(Collectors.toMap(
                s -> tree.relativize(s.file()).toString(), SkippedFile::reason));
        assertEquals(Map.of(
                "README.md", SkipReason.NOT_JSON_OR_YAML,
                "Scripts/Powershell/Script Data/WG set time zone.ps1", SkipReason.NOT_JSON_OR_YAML,
                "Assignment Report/report." + format, SkipReason.OTHER_KIND,
                "Device Configurations/WG BitLocker_windows10EndpointProtectionConfiguration." + format,
                SkipReason.OTHER_KIND,
                "Enrollment Configurations/Woodgrove device limit_deviceEnrollmentLimitConfiguration." + format,
                SkipReason.OTHER_KIND,
                "Settings Catalog/WG Edge baseline_mdm." + format, SkipReason.OTHER_KIND,
                "__archive__", SkipReason.ARCHIVE_FOLDER), skipped);
        SkippedFile bitLocker = result.skipped().stream()
                .filter(s -> s.file().getFileName().toString().startsWith("WG BitLocker")).findFirst().orElseThrow();
        assertEquals("@odata.type #microsoft.graph.windows10EndpointProtectionConfiguration", bitLocker.detail());

        AutopilotModel model = document.model();
        assertEquals(List.of("Woodgrove hybrid desktops", "Woodgrove user-driven"),
                model.getProfiles().stream().map(DeploymentProfile::getName).toList());
        assertEquals(List.of("All users and all devices", "Woodgrove ESP"),
                model.getEnrollmentStatusPages().stream().map(EnrollmentStatusPage::getName).toList());
        assertEquals(List.of("WG5CD4411Q", "WG7HX20DK3"),
                model.getDevices().stream().map(Device::getSerialNumber).toList());
    }

    @Test
    void readsBothOobeShapesWithoutIdsOrTimestamps() throws Exception {
        ModelDocument document = newModel("tenant.autopilot");
        importTree(BackupTrees.copy("json", folder), document, new Warnings());
        DeploymentProfile userDriven = profile(document.model(), "Woodgrove user-driven");
        assertEquals(JoinType.ENTRA_JOINED, userDriven.getJoinType());
        assertEquals(ScreenVisibility.HIDE, userDriven.getPrivacySettings());
        assertEquals(ScreenVisibility.HIDE, userDriven.getMicrosoftSoftwareLicenseTerms());
        assertEquals(UserAccountType.STANDARD, userDriven.getUserAccountType());
        assertEquals(LanguageRegion.SPECIFIC_LOCALE, userDriven.getLanguageRegion());
        assertEquals("en-GB", userDriven.getLocale());
        assertTrue(userDriven.isAllowPreProvisionedDeployment());
        assertNull(userDriven.getGraphId());
        assertNull(userDriven.getCreated());
        assertEquals(List.of("Default"), userDriven.getRoleScopeTagIds());

        DeploymentProfile hybrid = profile(document.model(), "Woodgrove hybrid desktops");
        assertEquals(JoinType.ENTRA_HYBRID_JOINED, hybrid.getJoinType());
        assertEquals(ScreenVisibility.SHOW, hybrid.getPrivacySettings());
        assertEquals(ScreenVisibility.HIDE, hybrid.getMicrosoftSoftwareLicenseTerms());
        assertEquals(UserAccountType.ADMINISTRATOR, hybrid.getUserAccountType());
        assertEquals(LanguageRegion.OPERATING_SYSTEM_DEFAULT, hybrid.getLanguageRegion());
        assertTrue(hybrid.isSkipADConnectivityCheck());
        assertTrue(hybrid.isConvertAllTargetedDevices());
    }

    @Test
    void unknownPropertiesAreKeptAndAssignmentsAreNot() throws Exception {
        ModelDocument document = newModel("tenant.autopilot");
        Warnings warnings = new Warnings();
        importTree(BackupTrees.copy("yaml", folder), document, warnings);
        DeploymentProfile userDriven = profile(document.model(), "Woodgrove user-driven");
        assertEquals("false", userDriven.getGraphProperties().get("deviceCleanupRuleEnabled"));
        assertFalse(userDriven.getGraphProperties().containsKey("assignments"));
        assertTrue(warnings.messages().stream().anyMatch(w -> w.contains("'deviceCleanupRuleEnabled'")),
                warnings.messages().toString());
    }

    @Test
    void assignmentsNameTheirGroupsByDisplayName() throws Exception {
        ModelDocument document = newModel("tenant.autopilot");
        Warnings warnings = new Warnings();
        Path tree = BackupTrees.copy("json", folder);
        importTree(tree, document, warnings);
        AutopilotModel model = document.model();
        DeploymentProfile userDriven = profile(model, "Woodgrove user-driven");
        assertEquals(2, userDriven.getAssignments().size());
        assertEquals("WG Autopilot laptops", userDriven.getAssignments().get(0).getGroup().getName());
        assertEquals(AssignmentIntent.INCLUDED, userDriven.getAssignments().get(0).getIntent());
        assertEquals("WG Kiosk devices", userDriven.getAssignments().get(1).getGroup().getName());
        assertEquals(AssignmentIntent.EXCLUDED, userDriven.getAssignments().get(1).getIntent());
        EnrollmentStatusPage esp = esp(model, "Woodgrove ESP");
        // The profile's and the ESP's assignments name the same group: it is created once.
        assertEquals(userDriven.getAssignments().get(0).getGroup(), esp.getAssignments().get(0).getGroup());
        assertEquals(List.of("WG Autopilot laptops", "WG Hybrid desktops", "WG Kiosk devices"),
                model.getGroups().stream().map(Group::getName).sorted().toList());
        assertTrue(model.getGroups().stream().allMatch(g -> g.getKind() == GroupKind.DEVICE_GROUP));
        // The include filter has no place in the model: said once, naming the file.
        List<String> filterWarnings = warnings.messages().stream().filter(w -> w.contains("WG Surface models"))
                .toList();
        assertEquals(1, filterWarnings.size(), warnings.messages().toString());
        assertTrue(filterWarnings.get(0).startsWith(tree.resolve(BackupTrees.USER_DRIVEN + "json") + ": line "),
                filterWarnings.get(0));
    }

    @Test
    void espBlockingAppsByNameAndDevicesWithTheirUsers() throws Exception {
        ModelDocument document = newModel("tenant.autopilot");
        importTree(BackupTrees.copy("yaml", folder), document, new Warnings());
        AutopilotModel model = document.model();
        EnrollmentStatusPage esp = esp(model, "Woodgrove ESP");
        assertEquals(BlockingAppSelection.SELECTED, esp.getBlockingApps());
        assertEquals(90, esp.getInstallationTimeoutMinutes());
        assertEquals(1, esp.getPriority());
        assertTrue(esp.getGraphProperties().get("selectedMobileAppNames").contains("Company Portal"));
        EnrollmentStatusPage fallback = esp(model, "All users and all devices");
        assertEquals(0, fallback.getPriority());
        assertFalse(fallback.isShowAppAndProfileConfigurationProgress());

        Device assigned = model.getDevices().get(0);
        assertEquals("WG5CD4411Q", assigned.getName());
        assertEquals("WG-LAPTOP", assigned.getGroupTag());
        assertEquals("Surface Laptop 6", assigned.getModel());
        assertEquals("Ravi Shah", assigned.getUserFriendlyName());
        assertEquals("ravi.shah@woodgrove.example", assigned.getAssignedUser().getUserPrincipalName());
        assertNull(model.getDevices().get(1).getAssignedUser());
        assertEquals(1, model.getUsers().size());
    }

    @Test
    void yamlAndJsonTreesGiveEqualModels() throws Exception {
        ModelDocument fromJson = ModelDocument.openOrCreate(Files.createDirectories(folder.resolve("a"))
                .resolve("tenant.autopilot"));
        ModelDocument fromYaml = ModelDocument.openOrCreate(Files.createDirectories(folder.resolve("b"))
                .resolve("tenant.autopilot"));
        importTree(BackupTrees.copy("json", folder), fromJson, new Warnings());
        importTree(BackupTrees.copy("yaml", folder), fromYaml, new Warnings());
        assertTrue(EcoreUtil.equals(fromJson.model(), fromYaml.model()));
    }

    @Test
    void importingTheSameBackupAgainUpdatesByName() throws Exception {
        Path tree = BackupTrees.copy("json", folder);
        ModelDocument document = newModel("tenant.autopilot");
        importTree(tree, document, new Warnings());
        AutopilotModel first = EcoreUtil.copy(document.model());
        importTree(tree, document, new Warnings());
        assertTrue(EcoreUtil.equals(first, document.model()));
        assertEquals(2, profile(document.model(), "Woodgrove user-driven").getAssignments().size());
    }

    @Test
    void hiddenFoldersSuchAsGitAreLeftOut() throws Exception {
        Path tree = BackupTrees.copy("json", folder);
        Path git = Files.createDirectories(tree.resolve(".git/objects"));
        Files.copy(tree.resolve(BackupTrees.USER_DRIVEN + "json"), git.resolve("profile.json"));
        FolderImportResult result = importTree(tree, newModel("tenant.autopilot"), new Warnings());
        assertTrue(result.skipped().stream().anyMatch(s -> s.file().equals(tree.resolve(".git"))
                && s.reason() == SkipReason.HIDDEN_FOLDER));
        assertTrue(result.imported().stream().map(ImportResult::file).noneMatch(f -> f.startsWith(git)));
    }

    @Test
    void aMalformedFileAnywhereStopsTheImportNamingItsLine() throws Exception {
        Path tree = BackupTrees.copy("yaml", folder);
        Path broken = tree.resolve("Device Configurations/WG broken.yaml");
        Files.writeString(broken, "displayName: WG broken\nsettings:\n  - a: 1\n   b: 2\n");
        InteropException e = assertThrows(InteropException.class,
                () -> importTree(tree, newModel("tenant.autopilot"), new Warnings()));
        assertTrue(e.getMessage().startsWith(broken + ": line 4, column "), e.getMessage());
        assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aWrongValueInAProfileNamesFileAndLine() throws Exception {
        Path tree = BackupTrees.copy("yaml", folder);
        Path profile = tree.resolve(BackupTrees.USER_DRIVEN + "yaml");
        Files.writeString(profile, Files.readString(profile).replace("privacySettingsHidden: true",
                "privacySettingsHidden: maybe"));
        InteropException e = assertThrows(InteropException.class,
                () -> importTree(tree, newModel("tenant.autopilot"), new Warnings()));
        assertEquals(profile + ": line 7, column 26: 'privacySettingsHidden' of outOfBoxExperienceSetting must be a"
                + " boolean (true or false); found the string \"maybe\"", e.getMessage());
    }

    @Test
    void aFolderWithNothingToImportIsAnError() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("scripts-only"));
        Files.writeString(empty.resolve("run.ps1"), "Write-Host hi\n");
        InteropException e = assertThrows(InteropException.class,
                () -> importTree(empty, newModel("tenant.autopilot"), new Warnings()));
        assertTrue(e.getMessage().startsWith(empty + ": holds no deployment profile"), e.getMessage());
    }

    @Test
    void aModelInMemoryTakesAnImportButIsNeverSaved() throws Exception {
        ModelDocument document = ModelDocument.inMemory("before");
        importTree(BackupTrees.copy("json", folder), document, new Warnings());
        assertEquals(2, document.model().getProfiles().size());
        assertNull(document.path());
        InteropException e = assertThrows(InteropException.class, document::save);
        assertEquals("model 'before' is in memory only and cannot be saved", e.getMessage());
    }

    @Test
    void oneYamlFileImportsAlone() throws Exception {
        Path tree = BackupTrees.copy("yaml", folder);
        ModelDocument document = newModel("tenant.autopilot");
        ImportResult result = ModelImporter.importFile(tree.resolve(BackupTrees.ESP + "yaml"), document,
                new Warnings());
        assertEquals(InputKind.GRAPH_YAML, result.kind());
        assertEquals("Woodgrove ESP", document.model().getEnrollmentStatusPages().get(0).getName());
        assertEquals("WG Autopilot laptops", document.model().getGroups().get(0).getName());
    }

    private static DeploymentProfile profile(AutopilotModel model, String name) {
        return model.getProfiles().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    private static EnrollmentStatusPage esp(AutopilotModel model, String name) {
        return model.getEnrollmentStatusPages().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
