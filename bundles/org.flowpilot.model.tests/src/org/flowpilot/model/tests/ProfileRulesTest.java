package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.UserAccountType;
import org.flowpilot.model.validation.Rule;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    private final Fixture fx = new Fixture();

    @Test
    void fixturePassesEveryRule() {
        Diagnostic result = fx.validate();
        assertEquals(Diagnostic.OK, result.getSeverity(), String.valueOf(Fixture.messages(result)));
    }

    private void makeSelfDeploying() {
        fx.profile.setDeploymentMode(DeploymentMode.SELF_DEPLOYING);
        fx.profile.setUserAccountType(UserAccountType.STANDARD);
        fx.profile.getHiddenScreens().add(ScreenKind.LICENSE_TERMS);
        fx.profile.getHiddenScreens().add(ScreenKind.PRIVACY);
        fx.profile.getHiddenScreens().add(ScreenKind.CHANGE_ACCOUNT_OPTIONS);
        fx.device.setAssignedUser(null);
    }

    @Test
    void ap01SelfDeployingRequiresEntraJoin() {
        makeSelfDeploying();
        fx.assertPasses(Rule.SELF_DEPLOYING_REQUIRES_ENTRA_JOIN);
        fx.profile.setJoinType(JoinType.ENTRA_HYBRID_JOINED);
        fx.assertFlags(Rule.SELF_DEPLOYING_REQUIRES_ENTRA_JOIN, fx.profile);
    }

    @Test
    void ap02SelfDeployingForcesOobeSettings() {
        makeSelfDeploying();
        fx.assertPasses(Rule.SELF_DEPLOYING_FORCES_OOBE_SETTINGS);
        fx.profile.setPrivacySettings(ScreenVisibility.SHOW);
        fx.assertFlags(Rule.SELF_DEPLOYING_FORCES_OOBE_SETTINGS, fx.profile);
    }

    @Test
    void ap03HybridIgnoresDeviceNameTemplate() {
        fx.profile.setJoinType(JoinType.ENTRA_HYBRID_JOINED);
        fx.assertPasses(Rule.HYBRID_IGNORES_DEVICE_NAME_TEMPLATE);
        fx.profile.setApplyDeviceNameTemplate(true);
        fx.profile.setDeviceNameTemplate("FAB-%SERIAL%");
        fx.assertFlags(Rule.HYBRID_IGNORES_DEVICE_NAME_TEMPLATE, fx.profile);
    }

    private void template(String template) {
        fx.profile.setApplyDeviceNameTemplate(true);
        fx.profile.setDeviceNameTemplate(template);
    }

    @Test
    void ap04DeviceNameTemplateLength() {
        template("FABRIKAM-%RAND:6%");
        fx.assertPasses(Rule.DEVICE_NAME_TEMPLATE_LENGTH);
        template("FABRIKAM-%RAND:7%");
        fx.assertFlags(Rule.DEVICE_NAME_TEMPLATE_LENGTH, fx.profile);
    }

    @Test
    void ap05DeviceNameTemplateCharacters() {
        template("FAB-%SERIAL%");
        fx.assertPasses(Rule.DEVICE_NAME_TEMPLATE_CHARACTERS);
        template("FAB %SERIAL%");
        fx.assertFlags(Rule.DEVICE_NAME_TEMPLATE_CHARACTERS, fx.profile);
        template("FAB_%SERIAL%");
        fx.assertFlags(Rule.DEVICE_NAME_TEMPLATE_CHARACTERS, fx.profile);
    }

    @Test
    void ap06DeviceNameTemplateMacros() {
        template("FAB-%RAND:4%");
        fx.assertPasses(Rule.DEVICE_NAME_TEMPLATE_MACROS);
        template("FAB-%RANDOM%");
        fx.assertFlags(Rule.DEVICE_NAME_TEMPLATE_MACROS, fx.profile);
        template("FAB-LAPTOP");
        fx.assertFlags(Rule.DEVICE_NAME_TEMPLATE_MACROS, fx.profile);
    }

    @Test
    void ap07DeviceNameTemplateNotAllDigits() {
        template("1%SERIAL%");
        fx.assertPasses(Rule.DEVICE_NAME_TEMPLATE_NOT_ALL_DIGITS);
        template("42%RAND:5%");
        fx.assertFlags(Rule.DEVICE_NAME_TEMPLATE_NOT_ALL_DIGITS, fx.profile);
    }

    @Test
    void ap08KeyboardNeedsLanguage() {
        fx.profile.setAutomaticallyConfigureKeyboard(true);
        fx.assertPasses(Rule.KEYBOARD_NEEDS_LANGUAGE);
        fx.profile.setLanguageRegion(LanguageRegion.USER_SELECT);
        fx.assertFlags(Rule.KEYBOARD_NEEDS_LANGUAGE, fx.profile);
    }

    @Test
    void ap09SpecificLocaleNeedsLocale() {
        fx.profile.setLanguageRegion(LanguageRegion.SPECIFIC_LOCALE);
        fx.profile.setLocale("en-US");
        fx.assertPasses(Rule.SPECIFIC_LOCALE_NEEDS_LOCALE);
        fx.profile.setLocale("English");
        fx.assertFlags(Rule.SPECIFIC_LOCALE_NEEDS_LOCALE, fx.profile);
    }

    @Test
    void ap10ProfileAssignedToUserGroup() {
        fx.assertPasses(Rule.PROFILE_ASSIGNED_TO_USER_GROUP);
        Fixture.assign(fx.profile, fx.users);
        fx.assertFlags(Rule.PROFILE_ASSIGNED_TO_USER_GROUP, fx.profile);
    }

    @Test
    void ap19GroupWithSeveralProfilesNamesTheOldestAsWinner() {
        fx.assertPasses(Rule.GROUP_WITH_SEVERAL_PROFILES);
        var newer = Fixture.F.createDeploymentProfile();
        newer.setName("Newer profile");
        newer.setCreated(Fixture.date("2025-03-01T00:00:00Z"));
        Fixture.assign(newer, fx.devices);
        fx.model.getProfiles().add(0, newer);
        fx.assertFlags(Rule.GROUP_WITH_SEVERAL_PROFILES, fx.devices);
        String message = Fixture.findings(fx.validate(), Rule.GROUP_WITH_SEVERAL_PROFILES).get(0).getMessage();
        assertTrue(message.contains("the oldest created, Deployment profile 'Fabrikam profile', wins"), message);
    }
}
