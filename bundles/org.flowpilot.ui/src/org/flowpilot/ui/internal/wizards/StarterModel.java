package org.flowpilot.ui.internal.wizards;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AppType;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.PreparationTask;
import org.flowpilot.model.PreparationTaskKind;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.edit.settings.SettingRules;

/**
 * The model a new Flowpilot model starts as: for the deployment chosen, the standard flows, a deployment profile set
 * up as the Intune admin center would for that deployment, an Enrollment Status Page, a device group both are assigned
 * to, one device in it and a scenario that runs the deployment's first flow on it. It passes every validation rule.
 */
public final class StarterModel {

	private static final FlowpilotFactory FACTORY = FlowpilotFactory.eINSTANCE;

	/** The deployments a new model can start from. */
	public enum Deployment {
		USER_DRIVEN_ENTRA_JOIN("User-driven, Microsoft Entra join",
				"The user signs in with their work account; the device joins Microsoft Entra ID."),
		USER_DRIVEN_HYBRID_JOIN("User-driven, Microsoft Entra hybrid join",
				"The device also joins the on-premises Active Directory; the user signs on with domain credentials."),
		PRE_PROVISIONED("Pre-provisioned, Microsoft Entra join",
				"A technician pre-provisions the device (Windows key five times); the user signs in later."),
		SELF_DEPLOYING("Self-deploying",
				"Kiosks and shared devices deploy themselves with TPM attestation and no user credentials.");

		private final String label;
		private final String description;

		Deployment(String label, String description) {
			this.label = label;
			this.description = description;
		}

		public String label() {
			return label;
		}

		String description() {
			return description;
		}
	}

	private StarterModel() {
	}

	/** A new model named {@code name} for {@code deployment} on devices running {@code windows}. */
	public static AutopilotModel create(String name, Deployment deployment, WindowsVersion windows) {
		AutopilotModel model = FACTORY.createAutopilotModel();
		model.setName(name);
		model.setOrganizationName(name);
		model.setDescription(deployment.label() + ": " + deployment.description());

		Group devices = FACTORY.createGroup();
		devices.setName(name + " Autopilot devices");
		devices.setKind(GroupKind.DEVICE_GROUP);
		devices.setDescription("The devices this model deploys; assign a dynamic group by group tag in Intune.");
		model.getGroups().add(devices);

		Device device = FACTORY.createDevice();
		device.setName(name.replaceAll("[^A-Za-z0-9]", "").toUpperCase() + "-001");
		device.setSerialNumber("SERIAL-0001");
		device.setWindowsVersion(windows);
		device.setConnectivity(Connectivity.ETHERNET);
		device.setGroupTag(name.replaceAll("[^A-Za-z0-9]", ""));
		model.getDevices().add(device);
		devices.getDevices().add(device);

		DeploymentProfile profile = profile(name, deployment);
		assign(profile, devices);
		model.getProfiles().add(profile);

		EnrollmentStatusPage esp = esp(name);
		assign(esp, devices);
		model.getEnrollmentStatusPages().add(esp);

		List<Flow> flows = flows(deployment);
		model.getFlows().addAll(flows);
		model.getScenarios().add(scenario(deployment, flows.get(0), device));
		return model;
	}

	private static DeploymentProfile profile(String name, Deployment deployment) {
		DeploymentProfile profile = FACTORY.createDeploymentProfile();
		profile.setName(name + " " + switch (deployment) {
			case USER_DRIVEN_ENTRA_JOIN -> "user-driven";
			case USER_DRIVEN_HYBRID_JOIN -> "hybrid join";
			case PRE_PROVISIONED -> "pre-provisioned";
			case SELF_DEPLOYING -> "self-deploying";
		});
		profile.setDescription(deployment.description());
		profile.setCreated(Date.from(Instant.now()));
		switch (deployment) {
			case USER_DRIVEN_HYBRID_JOIN -> profile.setJoinType(JoinType.ENTRA_HYBRID_JOINED);
			case PRE_PROVISIONED -> {
				profile.setAllowPreProvisionedDeployment(true);
				// The first OOBE screen must show for the technician to press the Windows key five times.
				profile.setLanguageRegion(LanguageRegion.USER_SELECT);
			}
			case SELF_DEPLOYING -> {
				profile.setDeploymentMode(DeploymentMode.SELF_DEPLOYING);
				SettingRules.forcedBySelfDeploying().forEach(profile::eSet);
			}
			default -> {
				// User-driven Microsoft Entra join keeps the admin center's defaults.
			}
		}
		return profile;
	}

	private static EnrollmentStatusPage esp(String name) {
		EnrollmentStatusPage esp = FACTORY.createEnrollmentStatusPage();
		esp.setName(name + " ESP");
		esp.setPriority(1);
		esp.setTurnOnLogCollectionAndDiagnostics(true);
		for (EspPhaseKind kind : EspPhaseKind.VALUES) {
			EspPhase phase = FACTORY.createEspPhase();
			phase.setKind(kind);
			esp.getPhases().add(phase);
		}
		EspPhase preparation = esp.getPhases().get(0);
		for (PreparationTaskKind kind : PreparationTaskKind.VALUES) {
			PreparationTask task = FACTORY.createPreparationTask();
			task.setKind(kind);
			task.setName(kind.getLiteral());
			preparation.getTrackedItems().add(task);
		}
		var portal = FACTORY.createApp();
		portal.setName("Company Portal");
		portal.setAppType(AppType.WIN32);
		portal.setInstallContext(InstallContext.DEVICE);
		portal.setEstimatedMinutes(4);
		esp.getPhases().get(1).getTrackedItems().add(portal);
		return esp;
	}

	private static List<Flow> flows(Deployment deployment) {
		return switch (deployment) {
			case USER_DRIVEN_ENTRA_JOIN -> List.of(StandardFlows.userDrivenEntraJoin());
			case USER_DRIVEN_HYBRID_JOIN -> List.of(StandardFlows.userDrivenHybridJoin());
			case PRE_PROVISIONED -> List.of(StandardFlows.preProvisioningTechnician(),
					StandardFlows.preProvisioningUserEntraJoin());
			case SELF_DEPLOYING -> List.of(StandardFlows.selfDeploying());
		};
	}

	private static Scenario scenario(Deployment deployment, Flow flow, Device device) {
		Scenario scenario = FACTORY.createScenario();
		boolean person = deployment == Deployment.USER_DRIVEN_ENTRA_JOIN
				|| deployment == Deployment.USER_DRIVEN_HYBRID_JOIN;
		scenario.setName((person ? "A user deploys " : deployment == Deployment.PRE_PROVISIONED
				? "A technician pre-provisions " : "") + device.getName()
				+ (deployment == Deployment.SELF_DEPLOYING ? " deploys itself" : ""));
		scenario.setFlow(flow);
		scenario.setDevice(device);
		scenario.setWindowsVersion(device.getWindowsVersion());
		scenario.setConnectivity(device.getConnectivity());
		scenario.setUserPresent(person);
		return scenario;
	}

	private static void assign(AssignableConfiguration configuration, Group group) {
		Assignment assignment = FACTORY.createAssignment();
		assignment.setGroup(group);
		configuration.getAssignments().add(assignment);
	}
}
