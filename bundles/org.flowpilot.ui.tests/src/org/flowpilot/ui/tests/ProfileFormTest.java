package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.UserAccountType;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Profile page, driven as an admin would: toggles, drop-downs, the hidden screens checklist, undo. */
@ExtendWith(ScreenshotOnFailure.class)
class ProfileFormTest {

	private EditorFixture fixture;
	private SwtDriver driver;
	private FormEditor editor;

	@BeforeEach
	void open() throws Exception {
		fixture = new EditorFixture("Profile form test");
		driver = fixture.driver;
		editor = fixture.open(fixture.copyOfExample("profile.autopilot"));
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		fixture.delete();
	}

	private DeploymentProfile profile() {
		return driver.onUi(() -> fixture.modelOf(editor).getProfiles().get(0));
	}

	@Test
	void opensOnTheProfileWithTheAdminCentersSectionsAndOrder() {
		assertEquals(FlowpilotUi.PROFILE_PAGE_ID, driver.onUi(() -> editor.getActivePageInstance().getId()));
		List<String> titles = fixture.pageTitles("Profile");
		// The forms come first, in the admin center's order; then the tree and the diagrams.
		assertEquals(List.of("Profile", "ESP", "Users and devices", "Model", "Flow diagram", "Assignments"), titles);
		List<String> labels = driver.onUi(() -> WidgetLookup.texts(driver.display(), "setting.", ".label"));
		List<String> oobe = List.of("Deployment mode", "Join to Microsoft Entra ID as",
				"Microsoft Software License Terms", "Privacy settings", "Hide change account options",
				"User account type", "Allow pre-provisioned deployment", "Language (Region)",
				"Automatically configure keyboard", "Apply device name template", "Enter a name");
		assertEquals(oobe, labels.subList(labels.indexOf("Deployment mode"), labels.indexOf("Enter a name") + 1),
				labels.toString());
		assertFalse(labels.contains("Skip AD connectivity check"), "shown for a Microsoft Entra joined profile");
		fixture.screenshot("profile-page");
	}

	@Test
	void aToggleAndTheHiddenScreensChecklistEditTheProfileAndUndo() {
		Button yes = fixture.byId(Button.class, "setting.convertAllTargetedDevices.true");
		fixture.reveal(yes);
		driver.click(yes);
		driver.waitUntil("the profile to convert targeted devices", () -> profile().isConvertAllTargetedDevices());
		assertTrue(driver.onUi(editor::isDirty));

		Table screens = fixture.byId(Table.class, "setting.hiddenScreens");
		TableItem keyboard = driver.find(TableItem.class, item -> item.getParent() == screens
				&& "setting.hiddenScreens.keyboard".equals(item.getData(SwtDriver.ID_KEY)), "the Keyboard screen");
		assertFalse(driver.onUi(keyboard::getChecked));
		fixture.toggle(keyboard);
		driver.waitUntil("the profile to hide the keyboard screen",
				() -> driver.onUi(() -> profile().getHiddenScreens().contains(ScreenKind.KEYBOARD)));
		// Hiding the keyboard presets the language, so both screens go, as Intune does.
		assertTrue(driver.onUi(() -> profile().getHiddenScreens().contains(ScreenKind.LANGUAGE_REGION)));
		Button keyboardYes = fixture.byId(Button.class, "setting.automaticallyConfigureKeyboard.true");
		driver.waitUntil("the keyboard toggle to follow the checklist", () -> driver.onUi(keyboardYes::getSelection));

		driver.clickMenu(fixture.shell, "Edit", "Undo Set");
		driver.waitUntil("undo to show the keyboard screen again",
				() -> !driver.onUi(() -> profile().getHiddenScreens().contains(ScreenKind.KEYBOARD)));
		driver.waitUntil("the checklist to follow the undo", () -> !driver.onUi(keyboard::getChecked));
		driver.clickMenu(fixture.shell, "Edit", "Undo Set");
		driver.waitUntil("undo to leave the editor clean", () -> !driver.onUi(editor::isDirty));
	}

	@Test
	void selfDeployingForcesTheHiddenScreensAndHybridShowsTheConnectivityCheck() {
		fixture.choose(fixture.byId(Combo.class, "setting.deploymentMode"), "Self-Deploying");
		driver.waitUntil("the profile to become self-deploying",
				() -> driver.onUi(() -> profile().getDeploymentMode()) == DeploymentMode.SELF_DEPLOYING);
		DeploymentProfile profile = profile();
		assertEquals(ScreenVisibility.HIDE, driver.onUi(profile::getMicrosoftSoftwareLicenseTerms));
		assertEquals(ScreenVisibility.HIDE, driver.onUi(profile::getPrivacySettings));
		assertEquals(ScreenVisibility.HIDE, driver.onUi(profile::getHideChangeAccountOptions));
		assertEquals(UserAccountType.STANDARD, driver.onUi(profile::getUserAccountType));
		Button privacyShow = fixture.byId(Button.class, "setting.privacySettings.show");
		driver.waitUntil("the forced setting to be greyed out", () -> !driver.onUi(privacyShow::isEnabled));
		driver.waitUntil("pre-provisioning to leave the page",
				() -> !fixture.shown(editor, "setting.allowPreProvisionedDeployment"));
		Combo joinType = fixture.byId(Combo.class, "setting.joinType");
		driver.waitUntil("the join type to be greyed out", () -> !driver.onUi(joinType::isEnabled));
		// The screenshot shows the OOBE settings self-deploying sets, greyed out, and the screens it hides.
		fixture.reveal(fixture.byId(Table.class, "setting.hiddenScreens"));
		fixture.screenshot("profile-page-self-deploying");

		driver.clickMenu(fixture.shell, "Edit", "Undo Set");
		driver.waitUntil("undo to bring user-driven back",
				() -> driver.onUi(() -> profile().getDeploymentMode()) == DeploymentMode.USER_DRIVEN);
		assertEquals(ScreenVisibility.SHOW, driver.onUi(profile::getHideChangeAccountOptions),
				"one undo takes back what self-deploying forced");

		fixture.choose(fixture.byId(Combo.class, "setting.joinType"), "Microsoft Entra hybrid joined");
		driver.waitUntil("the profile to join hybrid",
				() -> driver.onUi(() -> profile().getJoinType()) == JoinType.ENTRA_HYBRID_JOINED);
		driver.waitUntil("the AD connectivity check to show", () -> fixture.shown(editor, "setting.skipADConnectivityCheck"));
		Button template = fixture.byId(Button.class, "setting.applyDeviceNameTemplate.true");
		assertFalse(driver.onUi(template::isEnabled), "the device name template is greyed out for hybrid join");
	}
}
