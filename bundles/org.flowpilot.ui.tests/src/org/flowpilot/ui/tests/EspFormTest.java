package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FailurePageChoice;
import org.flowpilot.model.query.EspErrorPage;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ESP page: settings in the admin center's order, which setting shows which, the error page they make. */
@ExtendWith(ScreenshotOnFailure.class)
class EspFormTest {

	private static final String ERROR_BUTTONS = FlowpilotUi.ESP_PAGE_ID + ".errorButtons";

	private EditorFixture fixture;
	private SwtDriver driver;
	private FormEditor editor;

	@BeforeEach
	void open() throws Exception {
		fixture = new EditorFixture("ESP form test");
		driver = fixture.driver;
		editor = fixture.open(fixture.copyOfExample("esp.autopilot"));
		fixture.showPage(editor, "ESP");
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		fixture.delete();
	}

	private EnrollmentStatusPage esp() {
		return driver.onUi(() -> fixture.modelOf(editor).getEnrollmentStatusPages().get(0));
	}

	private String shownButtons() {
		Label buttons = fixture.byId(Label.class, ERROR_BUTTONS);
		return driver.onUi(buttons::getText);
	}

	private String expectedButtons() {
		return driver.onUi(() -> EspErrorPage.buttons(esp()).stream().map(EspErrorPage::buttonLabel)
				.collect(Collectors.joining("   ")));
	}

	@Test
	void showsTheSettingsInTheAdminCentersOrderAndTheErrorPageTheyMake() {
		List<String> labels = driver.onUi(() -> WidgetLookup.texts(driver.display(), "setting.", ".label"));
		List<String> settings = List.of("Show app and profile configuration progress",
				"Show an error when installation takes longer than specified number of minutes",
				"Show custom message when time limit or error occurs", "Error message",
				"Turn on log collection and diagnostics page for end users",
				"Only show page to devices provisioned by out-of-box experience (OOBE)",
				"Install Windows quality updates (might restart the device)",
				"Block device use until all apps and profiles are installed",
				"Allow users to reset device if installation error occurs",
				"Allow users to use device if installation error occurs",
				"Block device use until these required apps are installed if they are assigned to the user/device",
				"Selected apps", "Only fail selected blocking apps in technician phase");
		int first = labels.indexOf(settings.get(0));
		assertEquals(settings, labels.subList(first, first + settings.size()), labels.toString());
		Table apps = fixture.byId(Table.class, "setting.selectedBlockingApps");
		assertEquals(List.of("Company Portal", "Microsoft 365 Apps"), driver.onUi(() -> Arrays
				.stream(apps.getItems()).filter(item -> item.getChecked()).map(item -> item.getText()
						.replaceFirst(" \\(.*", "")).toList()));
		assertEquals(expectedButtons(), shownButtons());
		assertTrue(driver.onUi(() -> EspErrorPage.buttons(esp()).contains(FailurePageChoice.COLLECT_LOGS)));
		fixture.screenshot("esp-page");
	}

	@Test
	void aToggleChangesTheErrorPageAndHidingProgressHidesTheRest() {
		Button use = fixture.byId(Button.class, "setting.allowUseOnInstallationError.true");
		fixture.reveal(use);
		driver.click(use);
		driver.waitUntil("Continue anyway to join the error page", () -> driver.onUi(() -> EspErrorPage.buttons(esp())
				.contains(FailurePageChoice.CONTINUE_ANYWAY)));
		driver.waitUntil("the preview to show the new buttons", () -> shownButtons().equals(expectedButtons()));

		Button block = fixture.byId(Button.class,
				"setting.blockDeviceUseUntilAllAppsAndProfilesInstalled.false");
		fixture.reveal(block);
		driver.click(block);
		driver.waitUntil("the error page options to leave the page",
				() -> !fixture.shown(editor, "setting.allowResetOnInstallationError"));

		Button hide = fixture.byId(Button.class, "setting.showAppAndProfileConfigurationProgress.false");
		fixture.reveal(hide);
		driver.click(hide);
		driver.waitUntil("the timeout to leave the page", () -> !fixture.shown(editor, "setting.installationTimeoutMinutes"));
		assertFalse(driver.onUi(() -> esp().isShowAppAndProfileConfigurationProgress()));
		fixture.screenshot("esp-page-no-progress");

		for (int undo = 0; undo < 3; undo++) {
			driver.clickMenu(fixture.shell, "Edit", "Undo Set");
		}
		driver.waitUntil("three undos to leave the editor clean", () -> !driver.onUi(editor::isDirty));
		driver.waitUntil("the timeout to come back", () -> fixture.shown(editor, "setting.installationTimeoutMinutes"));
	}
}
