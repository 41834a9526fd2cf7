package org.flowpilot.model.tests;

import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowpilot.model.App;
import org.flowpilot.model.AppType;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.PreparationTaskKind;
import org.flowpilot.model.query.EspSettings;
import org.flowpilot.model.validation.Rule;
import org.junit.jupiter.api.Test;

class EspRulesTest {

    private final Fixture fx = new Fixture();

    @Test
    void ap20EspTimeoutBounds() {
        fx.esp.setInstallationTimeoutMinutes(1440);
        fx.assertPasses(Rule.ESP_TIMEOUT_BOUNDS);
        fx.esp.setInstallationTimeoutMinutes(0);
        fx.assertFlags(Rule.ESP_TIMEOUT_BOUNDS, fx.esp);
        fx.esp.setInstallationTimeoutMinutes(1441);
        fx.assertFlags(Rule.ESP_TIMEOUT_BOUNDS, fx.esp);
    }

    @Test
    void ap21EspCustomMessageLength() {
        fx.esp.setCustomMessage("x".repeat(10_000));
        fx.assertPasses(Rule.ESP_CUSTOM_MESSAGE_LENGTH);
        fx.esp.setCustomMessage("x".repeat(10_001));
        fx.assertFlags(Rule.ESP_CUSTOM_MESSAGE_LENGTH, fx.esp);
    }

    @Test
    void ap22EspPhaseContents() {
        fx.assertPasses(Rule.ESP_PHASE_CONTENTS);
        App misplaced = Fixture.app("Office", AppType.WIN32, InstallContext.DEVICE, 5);
        fx.devicePreparation.getTrackedItems().add(misplaced);
        fx.assertFlags(Rule.ESP_PHASE_CONTENTS, misplaced);
        fx.devicePreparation.getTrackedItems().remove(misplaced);
        var task = Fixture.task(PreparationTaskKind.REGISTER_FOR_MOBILE_MANAGEMENT);
        fx.accountSetup.getTrackedItems().add(task);
        fx.assertFlags(Rule.ESP_PHASE_CONTENTS, task);
        fx.accountSetup.getTrackedItems().remove(task);
        fx.esp.getPhases().add(Fixture.phase(EspPhaseKind.DEVICE_SETUP));
        fx.assertFlags(Rule.ESP_PHASE_CONTENTS, fx.esp);
    }

    @Test
    void ap23MixedWin32AndLobApps() {
        fx.accountSetup.getTrackedItems().add(Fixture.app("Tool", AppType.LINE_OF_BUSINESS, InstallContext.USER, 2));
        fx.assertPasses(Rule.MIXED_WIN32_AND_LOB_APPS);
        fx.deviceSetup.getTrackedItems().add(Fixture.app("Agent", AppType.LINE_OF_BUSINESS, InstallContext.DEVICE, 2));
        fx.assertFlags(Rule.MIXED_WIN32_AND_LOB_APPS, fx.deviceSetup);
    }

    @Test
    void ap24TrackedItemsExceedTimeout() {
        fx.esp.setInstallationTimeoutMinutes(10);
        fx.assertPasses(Rule.TRACKED_ITEMS_EXCEED_TIMEOUT);
        fx.esp.setInstallationTimeoutMinutes(9);
        fx.assertFlags(Rule.TRACKED_ITEMS_EXCEED_TIMEOUT, fx.esp);
    }

    @Test
    void ap25SelectedBlockingApps() {
        fx.esp.setBlockingApps(BlockingAppSelection.SELECTED);
        fx.esp.getSelectedBlockingApps().add((App) Fixture.firstItem(fx.deviceSetup));
        fx.assertPasses(Rule.SELECTED_BLOCKING_APPS);
        fx.esp.getSelectedBlockingApps().clear();
        fx.assertFlags(Rule.SELECTED_BLOCKING_APPS, fx.esp);
    }

    @Test
    void ap35TheResetUseAndBlockingAppSettingsNeedBlockDeviceUse() {
        fx.esp.setAllowResetOnInstallationError(true);
        fx.esp.setAllowUseOnInstallationError(true);
        fx.esp.setBlockingApps(BlockingAppSelection.SELECTED);
        fx.esp.getSelectedBlockingApps().add((App) Fixture.firstItem(fx.deviceSetup));
        fx.assertPasses(Rule.ESP_SETTINGS_NEED_BLOCKING);
        fx.esp.setBlockDeviceUseUntilAllAppsAndProfilesInstalled(false);
        fx.assertFlags(Rule.ESP_SETTINGS_NEED_BLOCKING, fx.esp);
        assertEquals(List.of(ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR,
                ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR, ENROLLMENT_STATUS_PAGE__BLOCKING_APPS),
                EspSettings.unlockedSettingsInUse(fx.esp));
        fx.esp.setAllowResetOnInstallationError(false);
        fx.esp.setAllowUseOnInstallationError(false);
        fx.esp.setBlockingApps(BlockingAppSelection.ALL);
        fx.assertPasses(Rule.ESP_SETTINGS_NEED_BLOCKING);
    }

    @Test
    void graphDefaultsAndIntunesDefaultProfile() {
        EnrollmentStatusPage esp = EspSettings.intuneDefaultProfile();
        assertEquals(EspSettings.DEFAULT_PROFILE_NAME, esp.getName());
        // Graph: showInstallationProgress, blockDeviceSetupRetryByUser and installQualityUpdates default to false.
        assertFalse(esp.isShowAppAndProfileConfigurationProgress());
        assertTrue(esp.isBlockDeviceUseUntilAllAppsAndProfilesInstalled());
        assertFalse(esp.isInstallWindowsQualityUpdates());
        assertEquals(60, esp.getInstallationTimeoutMinutes());
        assertTrue(EspSettings.unlockedSettingsInUse(esp).isEmpty());
    }
}
