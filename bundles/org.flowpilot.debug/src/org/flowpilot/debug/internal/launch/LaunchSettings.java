package org.flowpilot.debug.internal.launch;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.flowpilot.cli.report.Deployment;
import org.flowpilot.cli.report.ScenarioFlags;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;

/**
 * What a Flowpilot Simulation launch configuration holds: the model, flow and scenario to run, every option of
 * {@code flowpilot simulate}, and how a debug session steps. Empty strings mean "as the model says", as a missing
 * option does on the command line.
 *
 * @param model the workspace path of the {@code .autopilot} file ({@code /Project/contoso.autopilot})
 * @param scenario the name of the model's scenario to run, or empty for the model's first profile and ESP
 * @param flow the name of the model's flow to run, or empty for the scenario's (else the standard flow)
 * @param deployment {@code user-driven}, {@code pre-provisioned} or {@code self-deploying}, or empty
 * @param phase {@code user} or {@code technician} (pre-provisioning)
 * @param windows {@code 10} or {@code 11}, or empty
 * @param network {@code wired}, {@code wifi} or {@code none}, or empty
 * @param assignedUser the UPN of the user assigned to the device, or empty
 * @param mfa whether the user is prompted for MFA
 * @param failItems the names of the tracked items that fail
 * @param failOnceItems the names of the tracked items that fail on their first install only
 * @param onFailure the ids of the buttons pressed on the failure pages met, in order
 * @param inject the ids of the failures to inject ({@code network-lost}, ...)
 * @param stopBeforeFirstStep whether a debug session suspends before the first step
 * @param suspendOnFailure whether a resumed debug session stops after a step that failed
 * @param paceMillis how long a resumed debug session shows each step before the next, so it can be watched (0: no
 *            pause)
 */
public record LaunchSettings(String model, String scenario, String flow, String deployment, String phase,
		String windows, String network, String assignedUser, boolean mfa, List<String> failItems,
		List<String> failOnceItems, List<String> onFailure, List<String> inject, boolean stopBeforeFirstStep,
		boolean suspendOnFailure, int paceMillis) {

	static final String PREFIX = "org.flowpilot.debug.";
	public static final String MODEL = PREFIX + "model";
	public static final String SCENARIO = PREFIX + "scenario";
	public static final String FLOW = PREFIX + "flow";
	public static final String DEPLOYMENT = PREFIX + "deployment";
	public static final String PHASE = PREFIX + "phase";
	public static final String WINDOWS = PREFIX + "windows";
	public static final String NETWORK = PREFIX + "network";
	public static final String ASSIGNED_USER = PREFIX + "assignedUser";
	public static final String MFA = PREFIX + "mfa";
	public static final String FAIL = PREFIX + "fail";
	public static final String FAIL_ONCE = PREFIX + "failOnce";
	public static final String ON_FAILURE = PREFIX + "onFailure";
	public static final String INJECT = PREFIX + "inject";
	public static final String STOP_BEFORE_FIRST_STEP = PREFIX + "stopBeforeFirstStep";
	public static final String SUSPEND_ON_FAILURE = PREFIX + "suspendOnFailure";
	public static final String PACE_MILLIS = PREFIX + "paceMillis";

	/** The pace of a resumed run by default: slow enough to follow each step on the diagram. */
	public static final int DEFAULT_PACE_MILLIS = 300;

	/** The largest pace the launch dialog accepts. */
	public static final int MAX_PACE_MILLIS = 10_000;

	/** Copies the lists and keeps strings non-null. */
	public LaunchSettings {
		model = nonNull(model);
		scenario = nonNull(scenario);
		flow = nonNull(flow);
		deployment = nonNull(deployment);
		phase = phase == null || phase.isBlank() ? "user" : phase;
		windows = nonNull(windows);
		network = nonNull(network);
		assignedUser = nonNull(assignedUser);
		failItems = List.copyOf(failItems);
		failOnceItems = List.copyOf(failOnceItems);
		onFailure = List.copyOf(onFailure);
		inject = List.copyOf(inject);
	}

	/** The settings of a new configuration that runs {@code scenario} of the model at {@code model}. */
	public static LaunchSettings of(String model, String scenario) {
		return new LaunchSettings(model, scenario, "", "", "user", "", "", "", false, List.of(), List.of(), List.of(),
				List.of(), true, true, DEFAULT_PACE_MILLIS);
	}

	/** The settings {@code configuration} holds. */
	public static LaunchSettings read(ILaunchConfiguration configuration) throws CoreException {
		return new LaunchSettings(configuration.getAttribute(MODEL, ""), configuration.getAttribute(SCENARIO, ""),
				configuration.getAttribute(FLOW, ""), configuration.getAttribute(DEPLOYMENT, ""),
				configuration.getAttribute(PHASE, "user"), configuration.getAttribute(WINDOWS, ""),
				configuration.getAttribute(NETWORK, ""), configuration.getAttribute(ASSIGNED_USER, ""),
				configuration.getAttribute(MFA, false), configuration.getAttribute(FAIL, List.of()),
				configuration.getAttribute(FAIL_ONCE, List.of()), configuration.getAttribute(ON_FAILURE, List.of()),
				configuration.getAttribute(INJECT, List.of()), configuration.getAttribute(STOP_BEFORE_FIRST_STEP, true),
				configuration.getAttribute(SUSPEND_ON_FAILURE, true),
				configuration.getAttribute(PACE_MILLIS, DEFAULT_PACE_MILLIS));
	}

	/** Writes these settings into {@code configuration}. */
	public void write(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(MODEL, model);
		configuration.setAttribute(SCENARIO, scenario);
		configuration.setAttribute(FLOW, flow);
		configuration.setAttribute(DEPLOYMENT, deployment);
		configuration.setAttribute(PHASE, phase);
		configuration.setAttribute(WINDOWS, windows);
		configuration.setAttribute(NETWORK, network);
		configuration.setAttribute(ASSIGNED_USER, assignedUser);
		configuration.setAttribute(MFA, mfa);
		configuration.setAttribute(FAIL, failItems);
		configuration.setAttribute(FAIL_ONCE, failOnceItems);
		configuration.setAttribute(ON_FAILURE, onFailure);
		configuration.setAttribute(INJECT, inject);
		configuration.setAttribute(STOP_BEFORE_FIRST_STEP, stopBeforeFirstStep);
		configuration.setAttribute(SUSPEND_ON_FAILURE, suspendOnFailure);
		configuration.setAttribute(PACE_MILLIS, paceMillis);
	}

	/**
	 * The {@code flowpilot simulate} options these settings stand for.
	 *
	 * @throws IllegalArgumentException naming the setting, when one is not a known value
	 */
	public ScenarioFlags flags() {
		if (paceMillis < 0 || paceMillis > MAX_PACE_MILLIS) {
			throw new IllegalArgumentException("The pace must be between 0 and " + MAX_PACE_MILLIS + " ms, not "
					+ paceMillis);
		}
		Deployment asked = deployment.isEmpty() ? null : Deployment.fromId(deployment);
		// The phase counts only for a pre-provisioned run, or when it asks for the technician's part of one.
		boolean technician = ScenarioFlags.technicianPhase(phase);
		Boolean phaseGiven = technician || asked == Deployment.PRE_PROVISIONED ? technician : null;
		return new ScenarioFlags(asked, phaseGiven, windows.isEmpty() ? null : ScenarioFlags.windows(windows),
				network.isEmpty() ? null : Network.fromId(network), assignedUser.isBlank() ? null : assignedUser.trim(),
				mfa, failItems, failOnceItems, onFailure.stream().map(FailureChoice::fromId).toList(), inject);
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}
}
