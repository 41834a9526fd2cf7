package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.query.AutopilotQueries;
import org.junit.jupiter.api.Test;

class HiddenScreensTest {

    private final DeploymentProfile profile = Fixture.F.createDeploymentProfile();

    @Test
    void defaultProfileHidesOnlyTheLanguageScreen() {
        // Intune's default Language (Region) is "Operating system default", which skips that screen.
        assertEquals(List.of(ScreenKind.LANGUAGE_REGION), profile.getHiddenScreens());
    }

    @Test
    void readsTheSettingsBehindEachScreen() {
        profile.setMicrosoftSoftwareLicenseTerms(ScreenVisibility.HIDE);
        profile.setPrivacySettings(ScreenVisibility.HIDE);
        profile.setAutomaticallyConfigureKeyboard(true);
        assertEquals(List.of(ScreenKind.LANGUAGE_REGION, ScreenKind.KEYBOARD, ScreenKind.LICENSE_TERMS,
                ScreenKind.PRIVACY), profile.getHiddenScreens());
        profile.setLanguageRegion(LanguageRegion.USER_SELECT);
        assertEquals(List.of(ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY), profile.getHiddenScreens());
    }

    @Test
    void editingTheListChangesTheSettings() {
        profile.getHiddenScreens().add(ScreenKind.PRIVACY);
        profile.getHiddenScreens().add(ScreenKind.CHANGE_ACCOUNT_OPTIONS);
        assertEquals(ScreenVisibility.HIDE, profile.getPrivacySettings());
        assertEquals(ScreenVisibility.HIDE, profile.getHideChangeAccountOptions());
        profile.getHiddenScreens().remove(ScreenKind.PRIVACY);
        assertEquals(ScreenVisibility.SHOW, profile.getPrivacySettings());
        profile.getHiddenScreens().remove(ScreenKind.LANGUAGE_REGION);
        assertEquals(LanguageRegion.USER_SELECT, profile.getLanguageRegion());
    }

    @Test
    void hidingTheKeyboardPresetsTheLanguageKeepingTheLocale() {
        profile.setLanguageRegion(LanguageRegion.USER_SELECT);
        profile.setLocale("fr-FR");
        profile.getHiddenScreens().add(ScreenKind.KEYBOARD);
        assertTrue(profile.isAutomaticallyConfigureKeyboard());
        assertEquals(LanguageRegion.SPECIFIC_LOCALE, profile.getLanguageRegion());
        assertEquals(List.of(ScreenKind.LANGUAGE_REGION, ScreenKind.KEYBOARD), profile.getHiddenScreens());
    }

    @Test
    void reflectiveSetReplacesTheHiddenScreensAsThePropertiesViewDoes() {
        profile.eSet(FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDDEN_SCREENS,
                List.of(ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY));
        assertEquals(List.of(ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY), profile.getHiddenScreens());
        assertEquals(LanguageRegion.USER_SELECT, profile.getLanguageRegion());
        assertFalse(profile.isAutomaticallyConfigureKeyboard());
    }

    @Test
    void screensNoSettingControlsCannotBeHidden() {
        assertThrows(IllegalArgumentException.class, () -> profile.getHiddenScreens().add(ScreenKind.NETWORK_CONNECTION));
    }

    @Test
    void selfDeployingHidesLicensePrivacyAndAccountOptionsInEffect() {
        profile.setDeploymentMode(DeploymentMode.SELF_DEPLOYING);
        assertEquals(List.of(ScreenKind.LANGUAGE_REGION, ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY,
                ScreenKind.CHANGE_ACCOUNT_OPTIONS), AutopilotQueries.effectivelyHiddenScreens(profile));
    }
}
