package org.flowpilot.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ExportOptions;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.UserAccountType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

class GraphImportTest {

    @TempDir
    Path folder;

    @Test
    void readsTheCurrentShapeOfAnEntraJoinProfile() throws InteropException {
        ModelDocument document = Fixtures.imported(folder, "azuread-profile-current.json");
        DeploymentProfile profile = document.model().getProfiles().get(0);
        assertEquals("Contoso user-driven", profile.getName());
        assertEquals(JoinType.ENTRA_JOINED, profile.getJoinType());
        assertEquals(DeploymentMode.USER_DRIVEN, profile.getDeploymentMode());
        assertEquals(LanguageRegion.SPECIFIC_LOCALE, profile.getLanguageRegion());
        assertEquals("en-US", profile.getLocale());
        assertEquals(ScreenVisibility.HIDE, profile.getPrivacySettings());
        assertEquals(ScreenVisibility.HIDE, profile.getMicrosoftSoftwareLicenseTerms());
        assertEquals(ScreenVisibility.HIDE, profile.getHideChangeAccountOptions());
        assertEquals(UserAccountType.STANDARD, profile.getUserAccountType());
        assertTrue(profile.isAutomaticallyConfigureKeyboard());
        assertTrue(profile.isConvertAllTargetedDevices());
        assertTrue(profile.isAllowPreProvisionedDeployment());
        assertTrue(profile.isApplyDeviceNameTemplate());
        assertEquals("CON-%SERIAL%", profile.getDeviceNameTemplate());
        assertEquals(1714555800123L, profile.getCreated().getTime());
        assertEquals("7f1a2b3c-0000-4000-8000-000000000001", profile.getGraphId());
        assertEquals("2024-05-01T09:30:00.1234567Z", profile.getCreatedDateTime());
        assertEquals("2024-06-02T10:00:00Z", profile.getLastModifiedDateTime());
        assertEquals(List.of("0", "12"), profile.getRoleScopeTagIds());
        assertEquals("\"00000000-0000-0000-0000-000000000000\"",
                profile.getGraphProperties().get("managementServiceAppId"));
        assertEquals(90, JsonParser.parseString(profile.getGraphProperties().get("enrollmentStatusScreenSettings"))
                .getAsJsonObject().get("installProgressTimeoutInMinutes").getAsInt());
    }

    @Test
    void sharedDeviceUsageInTheDeprecatedShapeIsSelfDeploying() throws InteropException {
        DeploymentProfile profile = Fixtures.imported(folder, "azuread-profile-deprecated-selfdeploying.json").model()
                .getProfiles().get(0);
        assertEquals(DeploymentMode.SELF_DEPLOYING, profile.getDeploymentMode());
        assertEquals(LanguageRegion.OPERATING_SYSTEM_DEFAULT, profile.getLanguageRegion());
        assertEquals(ScreenVisibility.HIDE, profile.getPrivacySettings());
        assertFalse(profile.isAutomaticallyConfigureKeyboard());
        assertFalse(profile.isAllowPreProvisionedDeployment());
        assertEquals("KIOSK-%RAND:4%", profile.getDeviceNameTemplate());
    }

    @Test
    void activeDirectoryProfileIsHybridJoinWithItsConnectivityCheck() throws InteropException {
        DeploymentProfile profile = Fixtures.imported(folder, "activedirectory-profile.json").model().getProfiles()
                .get(0);
        assertEquals(JoinType.ENTRA_HYBRID_JOINED, profile.getJoinType());
        assertTrue(profile.isSkipADConnectivityCheck());
        assertEquals(LanguageRegion.USER_SELECT, profile.getLanguageRegion());
        assertEquals(ScreenVisibility.SHOW, profile.getPrivacySettings());
        assertFalse(profile.isApplyDeviceNameTemplate());
        assertNull(profile.getDeviceNameTemplate());
    }

    @Test
    void theCurrentNameWinsOverTheDeprecatedOne() throws InteropException {
        String both = "{\"@odata.type\":\"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile\","
                + "\"displayName\":\"P\",\"language\":\"fr-FR\",\"locale\":\"de-DE\",\"enableWhiteGlove\":false,"
                + "\"preprovisioningAllowed\":true,\"outOfBoxExperienceSettings\":{\"hideEULA\":false},"
                + "\"outOfBoxExperienceSetting\":{\"eulaHidden\":true}}";
        DeploymentProfile profile = Fixtures.imported(folder, "both.json", both.getBytes(), new Warnings()).model()
                .getProfiles().get(0);
        assertEquals("de-DE", profile.getLocale());
        assertTrue(profile.isAllowPreProvisionedDeployment());
        assertEquals(ScreenVisibility.HIDE, profile.getMicrosoftSoftwareLicenseTerms());
    }

    @Test
    void readsTheBetaEspConfiguration() throws InteropException {
        EnrollmentStatusPage esp = Fixtures.imported(folder, "esp-beta.json").model().getEnrollmentStatusPages()
                .get(0);
        assertEquals("Corporate ESP", esp.getName());
        assertEquals(2, esp.getPriority());
        assertTrue(esp.isShowAppAndProfileConfigurationProgress());
        // blockDeviceSetupRetryByUser false: "Block device use until all apps and profiles are installed" is Yes.
        assertTrue(esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled());
        assertTrue(esp.isAllowResetOnInstallationError());
        assertTrue(esp.isTurnOnLogCollectionAndDiagnostics());
        assertTrue(esp.isShowCustomMessage());
        assertEquals("Setup failed. Call 555-0100.", esp.getCustomMessage());
        assertEquals(120, esp.getInstallationTimeoutMinutes());
        assertFalse(esp.isAllowUseOnInstallationError());
        assertEquals(BlockingAppSelection.SELECTED, esp.getBlockingApps());
        assertTrue(esp.isOnlyFailSelectedBlockingAppsInTechnicianPhase());
        assertFalse(esp.isInstallWindowsQualityUpdates());
        assertTrue(esp.isOnlyShowPageToDevicesProvisionedByOobe());
    }

    @Test
    void theV1EspShapeKeepsTheOtherSettingsAtTheirDefaults() throws InteropException {
        EnrollmentStatusPage esp = Fixtures.imported(folder, "esp-v1.json").model().getEnrollmentStatusPages().get(0);
        assertEquals("Lab ESP", esp.getName());
        assertEquals(3, esp.getPriority());
        assertFalse(esp.isOnlyFailSelectedBlockingAppsInTechnicianPhase());
        assertEquals(60, esp.getInstallationTimeoutMinutes());
        // The beta-only settings a v1.0 body cannot carry take Graph's defaults.
        assertFalse(esp.isShowAppAndProfileConfigurationProgress());
        assertFalse(esp.isInstallWindowsQualityUpdates());
        assertTrue(esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled());
    }

    @Test
    void aMixedListImportsEveryItemAndAReimportUpdatesInPlace() throws InteropException {
        ModelDocument document = Fixtures.imported(folder, "list-mixed.json");
        AutopilotModel model = document.model();
        assertEquals(3, model.getProfiles().size());
        assertEquals(2, model.getEnrollmentStatusPages().size());
        ModelImporter.importContent(Path.of("list-mixed.json"),
                Fixtures.bytes("list-mixed.json"), document, new Warnings());
        assertEquals(3, model.getProfiles().size());
        assertEquals(2, model.getEnrollmentStatusPages().size());
    }

    @Test
    void blockDeviceSetupRetryByUserIsBlockDeviceUseInvertedBothWays() throws Exception {
        for (boolean graphValue : new boolean[] { true, false }) {
            String body = "{\"@odata.type\": \"#microsoft.graph.windows10EnrollmentCompletionPageConfiguration\","
                    + " \"displayName\": \"E\", \"showInstallationProgress\": true, \"blockDeviceSetupRetryByUser\": "
                    + graphValue + "}";
            ModelDocument document = Fixtures.imported(folder.resolve("esp-" + graphValue), "esp.json",
                    body.getBytes(), new Warnings());
            EnrollmentStatusPage esp = document.model().getEnrollmentStatusPages().get(0);
            // The admin center's "Block device use until all apps and profiles are installed" (see the README).
            assertEquals(!graphValue, esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled());
            String exported = Fixtures.export(document, ExportFormat.GRAPH_JSON, ExportOptions.defaults());
            assertEquals(graphValue, JsonParser.parseString(exported).getAsJsonObject()
                    .get("blockDeviceSetupRetryByUser").getAsBoolean(), exported);
        }
    }

    @Test
    void aNewEspTakesGraphsDefaultsForWhatTheBodyLeavesOutAndSaysWhich() throws Exception {
        Warnings warnings = new Warnings();
        String body = "{\"@odata.type\": \"#microsoft.graph.windows10EnrollmentCompletionPageConfiguration\","
                + " \"displayName\": \"Sparse\", \"installProgressTimeoutInMinutes\": 30}";
        EnrollmentStatusPage esp = Fixtures.imported(folder, "sparse.json", body.getBytes(), warnings).model()
                .getEnrollmentStatusPages().get(0);
        assertFalse(esp.isShowAppAndProfileConfigurationProgress(), "showInstallationProgress defaults to false");
        assertFalse(esp.isInstallWindowsQualityUpdates(), "installQualityUpdates defaults to false");
        assertTrue(esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled(), "blockDeviceSetupRetryByUser false");
        assertFalse(esp.isAllowResetOnInstallationError());
        assertFalse(esp.isOnlyShowPageToDevicesProvisionedByOobe());
        assertEquals(30, esp.getInstallationTimeoutMinutes());
        assertEquals(1, warnings.messages().size(), warnings.messages().toString());
        String warning = warnings.messages().get(0);
        assertTrue(warning.startsWith("sparse.json: line 1, column 1: warning: "), warning);
        assertTrue(warning.contains("showInstallationProgress") && warning.contains("installQualityUpdates")
                && !warning.contains("installProgressTimeoutInMinutes"), warning);

        // An update keeps what the body leaves out.
        ModelDocument document = Fixtures.imported(folder.resolve("again"), "sparse.json", body.getBytes(),
                new Warnings());
        document.model().getEnrollmentStatusPages().get(0).setShowAppAndProfileConfigurationProgress(true);
        Warnings update = new Warnings();
        ModelImporter.importContent(Path.of("sparse.json"), body.getBytes(), document, update);
        assertTrue(document.model().getEnrollmentStatusPages().get(0).isShowAppAndProfileConfigurationProgress());
        assertTrue(update.messages().isEmpty(), update.messages().toString());
    }
}
