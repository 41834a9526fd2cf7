package org.flowpilot.ui.internal.forms;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.editor.IFormPage;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.edit.settings.AdminCenterSettings;
import org.flowpilot.model.edit.settings.Setting;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorPageFactory;

/**
 * The Profile page: the model's Windows Autopilot deployment profiles as the Intune admin center shows one (Devices &gt;
 * Windows &gt; Windows enrollment &gt; Deployment Profiles): Basics, Out-of-box experience (OOBE) and Assignments with
 * the admin center's names, order, help and rules, plus the screens the profile hides, always in view.
 */
public final class ProfilePage extends SettingsFormPage<DeploymentProfile> {

	/** Contributes the page to the model editor. */
	public static final class Factory implements ModelEditorPageFactory {
		@Override
		public IFormPage createPage(ModelEditorContext context) {
			return new ProfilePage(context);
		}
	}

	/** The id of the list of devices that get the selected profile. */
	public static final String DEVICES_ID = FlowpilotUi.PROFILE_PAGE_ID + ".devices";

	ProfilePage(ModelEditorContext context) {
		super(context, FlowpilotUi.PROFILE_PAGE_ID, "Profile", FlowpilotPackage.Literals.AUTOPILOT_MODEL__PROFILES,
				DeploymentProfile.class, "Windows Autopilot deployment profiles");
	}

	@Override
	String heading() {
		return "Deployment profile";
	}

	@Override
	String emptyMessage() {
		return "This model has no deployment profile. Select New profile to create one.";
	}

	@Override
	String newLabel() {
		return "New profile";
	}

	@Override
	DeploymentProfile createNew(String name) {
		DeploymentProfile profile = FlowpilotFactory.eINSTANCE.createDeploymentProfile();
		profile.setName(name);
		profile.setCreated(Date.from(Instant.now()));
		return profile;
	}

	@Override
	List<Column<DeploymentProfile>> columns() {
		return List.of(new Column<>("Name", 280, DeploymentProfile::getName),
				new Column<>("Deployment mode", 130, profile -> profile.getDeploymentMode().getLiteral()));
	}

	@Override
	void createDetails(Composite parent) {
		List<Setting> settings = AdminCenterSettings.settingsOf(FlowpilotPackage.Literals.DEPLOYMENT_PROFILE);
		Composite basics = section(parent, AdminCenterSettings.BASICS, null);
		settings.stream().filter(s -> s.group().equals(AdminCenterSettings.BASICS))
				.forEach(s -> field(basics, s.feature()));
		Composite oobe = section(parent, AdminCenterSettings.OOBE,
				"Configure the out-of-box experience for your Autopilot devices.");
		settings.stream().filter(s -> s.group().equals(AdminCenterSettings.OOBE))
				.filter(s -> s.feature() != FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDDEN_SCREENS)
				.forEach(s -> field(oobe, s.feature()));
		Composite screens = section(parent, "Screens this profile hides", "Ticking or unticking a screen changes the"
				+ " setting above that hides it. Without Ethernet, the language and keyboard screens still show.");
		field(screens, FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDDEN_SCREENS);
		Composite assignments = section(parent, AdminCenterSettings.ASSIGNMENTS,
				"Deployment profiles apply to device groups. When a group gets several profiles, its devices get the"
						+ " oldest one.");
		part(new AssignmentsPart(context, getManagedForm().getToolkit(), assignments,
				group -> group.getKind() == GroupKind.DEVICE_GROUP, getId()));
		Composite devices = section(parent, "Devices that get this profile", null);
		Label list = getManagedForm().getToolkit().createLabel(devices, "", SWT.WRAP);
		list.setData(WidgetIds.ID_KEY, DEVICES_ID);
		list.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		part(element -> list.setText(devicesOf(element)));
	}

	private String devicesOf(EObject element) {
		if (!(element instanceof DeploymentProfile profile) || context.model() == null) {
			return "";
		}
		List<Device> devices = context.model().getDevices().stream()
				.filter(device -> AutopilotQueries.effectiveProfile(device).orElse(null) == profile).toList();
		return devices.isEmpty() ? "No device of this model gets this profile: assign it to a group that holds devices."
				: devices.stream().map(Device::getName).collect(Collectors.joining(", "));
	}
}
