package org.flowpilot.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.interop.compare.ConfigurationChange;
import org.flowpilot.interop.compare.ConfigurationChange.Presence;
import org.flowpilot.interop.compare.ConfigurationComparison;
import org.flowpilot.interop.compare.ConfigurationKind;
import org.flowpilot.interop.compare.Setting;
import org.flowpilot.interop.compare.SettingChange;
import org.flowpilot.model.App;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.SimulatedOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What differs between two models' profiles and ESPs, setting by setting. */
class ConfigurationComparisonTest {

    @TempDir
    Path folder;

    private AutopilotModel before;
    private AutopilotModel after;

    @BeforeEach
    void importWoodgroveTwice() throws Exception {
        ModelDocument document = ModelDocument.openOrCreate(folder.resolve("tenant.autopilot"));
        ModelImporter.importFolder(BackupTrees.copy("json", folder), document, new Warnings());
        before = document.model();
        after = EcoreUtil.copy(before);
    }

    @Test
    void identicalModelsHaveNoChanges() {
        assertEquals(List.of(), ConfigurationComparison.compare(before, after));
    }

    @Test
    void aHiddenScreenIsOneSettingInTheAdminCentersWords() {
        profile(after, "Woodgrove hybrid desktops").setPrivacySettings(ScreenVisibility.HIDE);
        List<ConfigurationChange> changes = ConfigurationComparison.compare(before, after);
        assertEquals(1, changes.size());
        ConfigurationChange change = changes.get(0);
        assertEquals(ConfigurationKind.DEPLOYMENT_PROFILE, change.kind());
        assertEquals("Woodgrove hybrid desktops", change.name());
        assertEquals(Presence.CHANGED, change.presence());
        assertEquals(List.of(new SettingChange(Setting.PRIVACY_SETTINGS, null, "Show", "Hide")), change.settings());
        assertEquals("Privacy settings: Show \u2192 Hide", change.settings().get(0).describe());
    }

    @Test
    void deploymentModeLanguageAndAssignmentsAreSettingsToo() {
        DeploymentProfile profile = profile(after, "Woodgrove user-driven");
        profile.setDeploymentMode(DeploymentMode.SELF_DEPLOYING);
        profile.setLocale("de-DE");
        profile.getAssignments().removeIf(a -> a.getIntent() == AssignmentIntent.EXCLUDED);
        List<SettingChange> settings = ConfigurationComparison.compare(profile(before, "Woodgrove user-driven"),
                profile);
        assertEquals(List.of(Setting.DEPLOYMENT_MODE, Setting.LANGUAGE_REGION, Setting.PROFILE_ASSIGNMENTS),
                settings.stream().map(SettingChange::setting).toList());
        assertEquals("en-GB", settings.get(1).before());
        assertEquals("de-DE", settings.get(1).after());
        assertEquals("included WG Autopilot laptops; excluded WG Kiosk devices", settings.get(2).before());
        assertEquals("included WG Autopilot laptops", settings.get(2).after());
    }

    @Test
    void espTimeoutAndTrackedItems() {
        EnrollmentStatusPage esp = esp(after, "Woodgrove ESP");
        esp.setInstallationTimeoutMinutes(45);
        EspPhase setup = FlowpilotFactory.eINSTANCE.createEspPhase();
        setup.setKind(EspPhaseKind.DEVICE_SETUP);
        App portal = FlowpilotFactory.eINSTANCE.createApp();
        portal.setName("Company Portal");
        portal.setEstimatedMinutes(4);
        portal.setSimulatedOutcome(SimulatedOutcome.FAILS);
        setup.getTrackedItems().add(portal);
        esp.getPhases().add(setup);
        List<SettingChange> settings = ConfigurationComparison.compare(esp(before, "Woodgrove ESP"), esp);
        assertEquals(2, settings.size());
        assertEquals(new SettingChange(Setting.INSTALLATION_TIMEOUT, null, "90", "45"), settings.get(0));
        assertEquals(Setting.TRACKED_ITEM, settings.get(1).setting());
        assertEquals("Device setup > Company Portal", settings.get(1).subject());
        assertEquals("(none)", settings.get(1).before());
        assertEquals("4 minutes, fails", settings.get(1).after());
    }

    @Test
    void configurationsAreMatchedByName() {
        profile(after, "Woodgrove hybrid desktops").setName("Woodgrove hybrid desktops 2025");
        after.getEnrollmentStatusPages().remove(esp(after, "All users and all devices"));
        List<ConfigurationChange> changes = ConfigurationComparison.compare(before, after);
        assertEquals(List.of(Presence.ADDED, Presence.REMOVED, Presence.REMOVED),
                changes.stream().map(ConfigurationChange::presence).toList());
        assertEquals(List.of("Woodgrove hybrid desktops 2025", "Woodgrove hybrid desktops",
                "All users and all devices"), changes.stream().map(ConfigurationChange::name).toList());
        assertTrue(changes.stream().allMatch(c -> c.settings().isEmpty()));
        assertEquals(ConfigurationKind.ESP, changes.get(2).kind());
    }

    private static DeploymentProfile profile(AutopilotModel model, String name) {
        return model.getProfiles().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    private static EnrollmentStatusPage esp(AutopilotModel model, String name) {
        return model.getEnrollmentStatusPages().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
