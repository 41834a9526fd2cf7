package org.flowpilot.ui.internal.validation;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.edit.settings.SettingRules;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.model.validation.Rule;

/**
 * The fixes offered for problems whose fix is obvious, one per rule: each is a command on the editor's stack, so it
 * can be undone like any edit.
 */
enum QuickFix {

	ENTRA_JOIN(Rule.SELF_DEPLOYING_REQUIRES_ENTRA_JOIN, "Join as Microsoft Entra joined",
			"Set 'Join to Microsoft Entra ID as' to Microsoft Entra joined, the only join self-deploying supports.") {
		@Override
		Command command(EditingDomain domain, EObject element) {
			return element instanceof DeploymentProfile profile
					? SetCommand.create(domain, profile, FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__JOIN_TYPE,
							JoinType.ENTRA_JOINED)
					: UnexecutableCommand.INSTANCE;
		}
	},
	SELF_DEPLOYING_SETTINGS(Rule.SELF_DEPLOYING_FORCES_OOBE_SETTINGS,
			"Hide the screens self-deploying hides and make the user Standard",
			"Set License Terms, Privacy settings and Hide change account options to Hide and the user account type"
					+ " to Standard, as self-deploying mode does anyway.") {
		@Override
		Command command(EditingDomain domain, EObject element) {
			if (!(element instanceof DeploymentProfile profile)) {
				return UnexecutableCommand.INSTANCE;
			}
			CompoundCommand compound = new CompoundCommand(label());
			SettingRules.forcedBySelfDeploying().forEach((feature, value) -> compound.append(
					SetCommand.create(domain, profile, feature, value)));
			return compound;
		}
	},
	NO_NAME_TEMPLATE(Rule.HYBRID_IGNORES_DEVICE_NAME_TEMPLATE, "Turn 'Apply device name template' off",
			"Hybrid join names devices through the domain join profile.") {
		@Override
		Command command(EditingDomain domain, EObject element) {
			return set(domain, element, DeploymentProfile.class,
					FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE, Boolean.FALSE);
		}
	},
	NO_KEYBOARD(Rule.KEYBOARD_NEEDS_LANGUAGE, "Turn 'Automatically configure keyboard' off",
			"The keyboard screen shows anyway while the user selects the language.") {
		@Override
		Command command(EditingDomain domain, EObject element) {
			return set(domain, element, DeploymentProfile.class,
					FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD, Boolean.FALSE);
		}
	},
	NO_ASSIGNED_USER(Rule.SELF_DEPLOYING_IGNORES_ASSIGNED_USER, "Remove the assigned user",
			"Self-deploying mode ignores the assigned user.") {
		@Override
		Command command(EditingDomain domain, EObject element) {
			return set(domain, element, Device.class, FlowpilotPackage.Literals.DEVICE__ASSIGNED_USER, null);
		}
	},
	SKIP_CONNECTIVITY_CHECK(Rule.HYBRID_VPN_NEEDS_SKIP_CONNECTIVITY_CHECK,
			"Set 'Skip AD connectivity check' to Yes on the device's profile",
			"The hybrid join then goes on before the VPN reaches a domain controller.") {
		@Override
		Command command(EditingDomain domain, EObject element) {
			return element instanceof Device device ? AutopilotQueries.effectiveProfile(device)
					.map(profile -> set(domain, profile, DeploymentProfile.class,
							FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK, Boolean.TRUE))
					.orElse(UnexecutableCommand.INSTANCE) : UnexecutableCommand.INSTANCE;
		}
	},
	ALLOW_PRE_PROVISIONING(Rule.PRE_PROVISIONING_NOT_ALLOWED,
			"Set 'Allow pre-provisioned deployment' to Yes on the device's profile",
			"Without it, pre-provisioning fails with 0x80180005.") {
		@Override
		Command command(EditingDomain domain, EObject element) {
			return element instanceof Scenario scenario && scenario.getDevice() != null
					? AutopilotQueries.effectiveProfile(scenario.getDevice())
							.map(profile -> set(domain, profile, DeploymentProfile.class,
									FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT,
									Boolean.TRUE))
							.orElse(UnexecutableCommand.INSTANCE)
					: UnexecutableCommand.INSTANCE;
		}
	},
	DEFAULT_TIMEOUT(Rule.ESP_TIMEOUT_BOUNDS, "Set the timeout to 60 minutes, the default",
			"Intune shows the error after 60 minutes unless told otherwise.") {
		@Override
		Command command(EditingDomain domain, EObject element) {
			return set(domain, element, EnrollmentStatusPage.class,
					FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES, 60);
		}
	};

	private final Rule rule;
	private final String label;
	private final String description;

	QuickFix(Rule rule, String label, String description) {
		this.rule = rule;
		this.label = label;
		this.description = description;
	}

	/** The command that fixes {@code element}'s problem; unexecutable when this fix does not apply to it. */
	abstract Command command(EditingDomain domain, EObject element);

	String label() {
		return label;
	}

	String description() {
		return description;
	}

	/** The fix of the rule whose id is {@code ruleId}, if one is obvious. */
	static Optional<QuickFix> forRule(String ruleId) {
		return Arrays.stream(values()).filter(fix -> fix.rule.id().equals(ruleId)).findFirst();
	}

	private static Command set(EditingDomain domain, EObject element, Class<?> type, EStructuralFeature feature,
			Object value) {
		return type.isInstance(element) ? SetCommand.create(domain, element, feature, value)
				: UnexecutableCommand.INSTANCE;
	}
}
