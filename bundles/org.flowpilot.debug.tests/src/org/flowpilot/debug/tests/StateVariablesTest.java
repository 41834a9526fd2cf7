package org.flowpilot.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.flowpilot.debug.internal.model.StateVariables;
import org.flowpilot.debug.internal.model.StateVariables.Node;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.Scenario;
import org.junit.jupiter.api.Test;

/** The Variables of a simulation at points of the seed's user flow, by their ids. */
class StateVariablesTest {

	@Test
	void adelesUserFlowAtTheSignInPageAndInDeviceSetup() {
		Scenario adele = ExampleModels.contoso().getScenarios().stream()
				.filter(scenario -> Sessions.ADELE.equals(scenario.getName())).findFirst().orElseThrow();
		RunScenario inputs = Scenarios.of(adele);
		FlowEngine engine = new FlowEngine();
		Run run = engine.start(adele.getFlow(), inputs);

		List<Node> before = StateVariables.of(adele.getName(), inputs, run.trace(), run.state());
		assertEquals("none", value(before, StateVariables.SIGNED_IN_USER));
		assertEquals("Power on", value(before, StateVariables.NEXT_STEP));
		assertEquals("running", value(before, StateVariables.OUTCOME));

		StepRecord signIn = stepUntil(run, StepKind.SIGN_IN);
		List<Node> atSignIn = StateVariables.of(adele.getName(), inputs, run.trace(), run.state());
		Node step = node(atSignIn, StateVariables.STEP);
		assertEquals("entra-sign-in", step.child("Screen").value());
		assertEquals("ran", step.child("Status").value());
		assertEquals(signIn.elementId(), step.child("Element id").value());
		assertEquals("adelev@contoso.com", value(atSignIn, StateVariables.SIGNED_IN_USER));
		assertEquals("online", value(atSignIn, StateVariables.NETWORK));
		assertEquals("wired", node(atSignIn, StateVariables.NETWORK).child("At power on").value());
		assertEquals("Windows 11", node(atSignIn, StateVariables.SCENARIO).child("Windows").value());
		assertEquals("true", node(atSignIn, StateVariables.SCENARIO).child("MFA prompted").value());

		stepUntil(run, StepKind.ESP_PHASE);
		List<Node> inDeviceSetup = StateVariables.of(adele.getName(), inputs, run.trace(), run.state());
		Node esp = node(inDeviceSetup, StateVariables.ESP);
		assertEquals("skipped", esp.child("Device preparation").value());
		assertEquals("running", esp.child("Device setup").value());
		assertEquals("waiting", esp.child("Account setup").value());
		assertEquals("succeeded, 20 min", node(inDeviceSetup, StateVariables.TRACKED_ITEMS)
				.child("Microsoft 365 Apps").value());
		assertEquals(Integer.toString(run.state().clockMinutes()),
				node(inDeviceSetup, StateVariables.CLOCK).child("Minutes since power on").value());

		Map<String, String> changed = StateVariables.flatten(inDeviceSetup);
		assertNotEquals(StateVariables.flatten(atSignIn).get("Clock"), changed.get("Clock"));
	}

	private static StepRecord stepUntil(Run run, StepKind kind) {
		while (true) {
			StepRecord record = run.step();
			if (record == null) {
				throw new AssertionError("The run ended before a " + kind.id() + " step");
			}
			if (record.kind() == kind) {
				return record;
			}
		}
	}

	private static Node node(List<Node> variables, String name) {
		return variables.stream().filter(node -> node.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("No variable " + name + " in " + variables));
	}

	private static String value(List<Node> variables, String name) {
		return node(variables, name).value();
	}
}
