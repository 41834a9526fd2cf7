package org.flowpilot.model.tests;

import org.flowpilot.model.Connectivity;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.UserAccountType;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.Rule;
import org.junit.jupiter.api.Test;

class DeviceRulesTest {

    private final Fixture fx = new Fixture();

    private void makeSelfDeploying() {
        fx.profile.setDeploymentMode(DeploymentMode.SELF_DEPLOYING);
        fx.profile.setUserAccountType(UserAccountType.STANDARD);
    }

    @Test
    void ap11SelfDeployingRequiresTpm() {
        makeSelfDeploying();
        fx.assertPasses(Rule.SELF_DEPLOYING_REQUIRES_TPM);
        fx.device.setTpm20(false);
        fx.assertFlags(Rule.SELF_DEPLOYING_REQUIRES_TPM, fx.device);
        fx.device.setTpm20(true);
        fx.device.setVirtualMachine(true);
        fx.assertFlags(Rule.SELF_DEPLOYING_REQUIRES_TPM, fx.device);
    }

    @Test
    void ap12SelfDeployingIgnoresAssignedUser() {
        fx.assertPasses(Rule.SELF_DEPLOYING_IGNORES_ASSIGNED_USER);
        makeSelfDeploying();
        fx.assertFlags(Rule.SELF_DEPLOYING_IGNORES_ASSIGNED_USER, fx.device);
    }

    @Test
    void ap13HybridVpnNeedsSkipConnectivityCheck() {
        fx.profile.setJoinType(JoinType.ENTRA_HYBRID_JOINED);
        fx.device.setDomainControllerOverVpn(true);
        fx.profile.setSkipADConnectivityCheck(true);
        fx.assertPasses(Rule.HYBRID_VPN_NEEDS_SKIP_CONNECTIVITY_CHECK);
        fx.profile.setSkipADConnectivityCheck(false);
        fx.assertFlags(Rule.HYBRID_VPN_NEEDS_SKIP_CONNECTIVITY_CHECK, fx.device);
    }

    @Test
    void ap14LanguagePresetOnWifi() {
        fx.device.setConnectivity(Connectivity.WIFI);
        fx.profile.getHiddenScreens().remove(ScreenKind.LANGUAGE_REGION);
        fx.assertPasses(Rule.LANGUAGE_PRESET_ON_WIFI);
        fx.profile.getHiddenScreens().add(ScreenKind.KEYBOARD);
        fx.assertFlags(Rule.LANGUAGE_PRESET_ON_WIFI, fx.device);
    }

    @Test
    void ap15HardwareHashCsvFields() {
        fx.assertPasses(Rule.HARDWARE_HASH_CSV_FIELDS);
        fx.device.setGroupTag("\"Sales\"");
        fx.assertFlags(Rule.HARDWARE_HASH_CSV_FIELDS, fx.device);
        fx.device.setGroupTag("Ventes-Île");
        fx.assertFlags(Rule.HARDWARE_HASH_CSV_FIELDS, fx.device);
        fx.device.setGroupTag(null);
        fx.device.setSerialNumber("");
        fx.assertFlags(Rule.HARDWARE_HASH_CSV_FIELDS, fx.device);
    }

    @Test
    void ap16HardwareHashCsvRowLimit() {
        for (int i = fx.model.getDevices().size(); i < AutopilotValidator.CSV_ROW_LIMIT; i++) {
            fx.addDevice("FAB-" + i);
        }
        fx.assertPasses(Rule.HARDWARE_HASH_CSV_ROW_LIMIT);
        fx.addDevice("FAB-ONE-MORE");
        fx.assertFlags(Rule.HARDWARE_HASH_CSV_ROW_LIMIT, fx.model);
    }

    @Test
    void ap17AssignedUserUpn() {
        fx.assertPasses(Rule.ASSIGNED_USER_UPN);
        fx.user.setUserPrincipalName("alice");
        fx.assertFlags(Rule.ASSIGNED_USER_UPN, fx.device);
    }

    @Test
    void ap18HybridUserNeedsOnPremisesAccount() {
        fx.profile.setJoinType(JoinType.ENTRA_HYBRID_JOINED);
        fx.assertPasses(Rule.HYBRID_USER_NEEDS_ON_PREMISES_ACCOUNT);
        fx.user.setOnPremisesAccount(null);
        fx.assertFlags(Rule.HYBRID_USER_NEEDS_ON_PREMISES_ACCOUNT, fx.device);
    }
}
