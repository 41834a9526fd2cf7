package org.flowpilot.debug.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.CommandLineId;
import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.Step;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.preview.esp.EspPhaseStates;
import org.flowpilot.preview.esp.EspState;
import org.flowpilot.ui.simulation.SimulationText;

/**
 * What the Variables view shows of a simulation at one point: the current step, the scenario and the state (clock,
 * network, signed-in user, ESP phases, tracked items, what comes next and how the run ended). Values that have an
 * id (a status, a network, an ESP state, an item's outcome) show the id, as {@code flowpilot simulate} prints it.
 */
public final class StateVariables {

	/** The names of the top-level variables, in the order shown. */
	public static final String STEP = "Step";
	public static final String SCENARIO = "Scenario";
	public static final String CLOCK = "Clock";
	public static final String NETWORK = "Network";
	public static final String SIGNED_IN_USER = "Signed-in user";
	public static final String ESP = "ESP";
	public static final String TRACKED_ITEMS = "Tracked items";
	public static final String NEXT_STEP = "Next step";
	public static final String OUTCOME = "Outcome";

	static final String NONE = "none";

	/**
	 * One variable and its value.
	 *
	 * @param name the variable's name
	 * @param type what kind of value it is (the Variables view's type column)
	 * @param value the value as shown
	 * @param children the variables inside it
	 */
	public record Node(String name, String type, String value, List<Node> children) {

		/** Copies the children. */
		public Node {
			value = value == null ? "" : value;
			children = List.copyOf(children);
		}

		static Node leaf(String name, String type, String value) {
			return new Node(name, type, value, List.of());
		}

		/** The child named {@code childName}, or null. */
		public Node child(String childName) {
			return children.stream().filter(child -> child.name().equals(childName)).findFirst().orElse(null);
		}
	}

	private StateVariables() {
	}

	/**
	 * The variables of a run of {@code scenario} (called {@code scenarioName}) that has taken the steps {@code taken}
	 * and stands in {@code state}.
	 */
	public static List<Node> of(String scenarioName, RunScenario scenario, List<StepRecord> taken, RunState state) {
		StepRecord current = taken.isEmpty() ? null : taken.get(taken.size() - 1);
		List<Node> variables = new ArrayList<>();
		variables.add(step(current));
		variables.add(scenario(scenarioName, scenario));
		variables.add(new Node(CLOCK, "clock", SimulationText.clock(state.clockMinutes()) + " since power on", List.of(
				Node.leaf("Minutes since power on", "int", Integer.toString(state.clockMinutes())),
				Node.leaf("ESP minutes", "int", Integer.toString(state.espMinutes())))));
		variables.add(new Node(NETWORK, "network", state.online() ? "online" : "offline", List.of(
				Node.leaf("At power on", "network", scenario.network().id()),
				Node.leaf("Profile downloaded", "boolean", Boolean.toString(state.profileDownloaded())))));
		variables.add(Node.leaf(SIGNED_IN_USER, "user", signedInUser(taken)));
		variables.add(esp(taken));
		variables.add(trackedItems(taken));
		variables.add(Node.leaf(NEXT_STEP, "step", nextStep(state)));
		variables.add(outcome(state));
		return variables;
	}

	/** Every variable by its path ({@code ESP/Device setup}) with its value, to tell which changed since. */
	public static Map<String, String> flatten(List<Node> variables) {
		Map<String, String> values = new LinkedHashMap<>();
		flatten("", variables, values);
		return values;
	}

	private static void flatten(String prefix, List<Node> nodes, Map<String, String> values) {
		for (Node node : nodes) {
			String path = prefix + node.name();
			values.put(path, node.value());
			flatten(path + "/", node.children(), values);
		}
	}

	private static Node step(StepRecord record) {
		if (record == null) {
			return Node.leaf(STEP, "step", "before the first step");
		}
		List<Node> details = new ArrayList<>();
		details.add(Node.leaf("Number", "int", Integer.toString(record.step())));
		details.add(Node.leaf("Name", "string", record.name()));
		details.add(Node.leaf("Kind", "step kind", record.kind().id()));
		details.add(Node.leaf("Status", "step status", record.status().id()));
		details.add(Node.leaf("Screen", "screen", record.screenId() == null ? NONE : record.screenId()));
		details.add(Node.leaf("Shown", "boolean", Boolean.toString(record.shown())));
		details.add(Node.leaf("Buttons", "buttons", record.buttons().isEmpty() ? NONE
				: String.join(", ", record.buttons())));
		if (record.username() != null) {
			details.add(Node.leaf("User name on screen", "user", record.username()));
		}
		if (record.espPhase() != null) {
			details.add(Node.leaf("ESP phase", "ESP phase", record.espPhase().id()));
		}
		if (record.message() != null) {
			details.add(Node.leaf("Message", "string", record.message()));
		}
		if (record.errorCode() != null) {
			details.add(Node.leaf("Error code", "string", record.errorCode()));
		}
		details.add(Node.leaf("Reason", "string", record.reason()));
		details.add(Node.leaf("Element id", "element id", record.elementId()));
		if (record.transition() != null && record.transition().getTarget() != null) {
			details.add(Node.leaf("Transition taken", "transition", "to " + record.transition().getTarget()
					.getName()));
		}
		return new Node(STEP, "step", record.step() + ". " + record.name() + " (" + record.status().id() + ")",
				details);
	}

	private static Node scenario(String name, RunScenario scenario) {
		List<Node> details = new ArrayList<>();
		details.add(Node.leaf("Windows", "Windows version", scenario.windows().getLiteral()));
		details.add(Node.leaf("Network at power on", "network", scenario.network().id()));
		AssignedUser user = scenario.assignedUser();
		details.add(Node.leaf("Assigned user", "user", user == null ? NONE : user.userPrincipalName()));
		details.add(Node.leaf("MFA prompted", "boolean", Boolean.toString(scenario.mfa())));
		details.add(Node.leaf("User present", "boolean", scenario.userPresent() == null ? "as the flow says"
				: scenario.userPresent().toString()));
		details.add(Node.leaf("Profile", "deployment profile", nameOf(scenario.profile())));
		details.add(Node.leaf("ESP", "Enrollment Status Page", scenario.esp() == null ? "the default ESP"
				: nameOf(scenario.esp())));
		details.add(Node.leaf("Injected failures", "failures", injected(scenario)));
		details.add(Node.leaf("Failure-page buttons", "failure choices", scenario.failureChoices().isEmpty() ? NONE
				: String.join(", ", scenario.failureChoices().stream().map(CommandLineId::id).toList())));
		return new Node(SCENARIO, "scenario", name, details);
	}

	private static String injected(RunScenario scenario) {
		List<String> failures = new ArrayList<>();
		names(scenario.failingItems(), " fails", failures);
		names(scenario.itemsFailingOnce(), " fails once", failures);
		names(scenario.hangingItems(), " hangs", failures);
		if (scenario.networkLost()) {
			failures.add("network-lost");
		}
		if (scenario.domainControllerUnreachable()) {
			failures.add("dc-unreachable");
		}
		if (scenario.espTimesOut()) {
			failures.add("esp-timeout");
		}
		if (scenario.tpmAttestationFails()) {
			failures.add("tpm-attestation");
		}
		return failures.isEmpty() ? NONE : String.join(", ", failures);
	}

	private static void names(Collection<TrackedItem> items, String what, List<String> into) {
		for (TrackedItem item : items) {
			into.add(item.getName() + what);
		}
	}

	private static String nameOf(NamedElement element) {
		return element == null ? NONE : element.getName();
	}

	/**
	 * The user signed in to Microsoft Entra ID at this point: the name on the last sign-in page that ran since the
	 * device last powered on (a Reset signs everyone out), or none.
	 */
	static String signedInUser(List<StepRecord> taken) {
		for (int i = taken.size() - 1; i >= 0; i--) {
			StepRecord record = taken.get(i);
			if (record.kind() == StepKind.POWER_ON) {
				return NONE;
			}
			if (record.kind() == StepKind.SIGN_IN && record.status() == StepStatus.RAN) {
				return record.username() == null || record.username().isEmpty() ? "the person at the device"
						: record.username();
			}
		}
		return NONE;
	}

	private static Node esp(List<StepRecord> taken) {
		Map<EspPhaseId, EspState> states = EspPhaseStates.at(taken);
		List<Node> phases = new ArrayList<>();
		List<String> summary = new ArrayList<>();
		for (EspPhaseId phase : EspPhaseId.values()) {
			EspState state = states.get(phase);
			phases.add(Node.leaf(phase.kind().getLiteral(), "ESP state", state.id()));
			summary.add(phase.id() + " " + state.id());
		}
		// All three at a glance, as the ESP screen shows them; each phase again inside.
		return new Node(ESP, "Enrollment Status Page", String.join(", ", summary), phases);
	}

	private static Node trackedItems(List<StepRecord> taken) {
		List<Node> items = new ArrayList<>();
		for (StepRecord record : EspPhaseStates.latestRecords(taken).values()) {
			for (TrackedItemRecord item : record.items()) {
				items.add(Node.leaf(item.name(), item.kind(), item.outcome().id() + ", " + item.minutes() + " min"));
			}
		}
		return new Node(TRACKED_ITEMS, "tracked items", items.isEmpty() ? NONE : items.size() + " items", items);
	}

	private static String nextStep(RunState state) {
		Step next = state.nextStep();
		if (next != null) {
			return next.getName();
		}
		String id = state.nextElementId();
		return id == null ? "none: the run has ended" : id;
	}

	private static Node outcome(RunState state) {
		List<Node> details = new ArrayList<>();
		if (state.diagnostic() != null) {
			details.add(Node.leaf("Diagnostic", "string", state.diagnostic()));
		}
		if (state.errorCode() != null) {
			details.add(Node.leaf("Error code", "string", state.errorCode()));
		}
		return new Node(OUTCOME, "run outcome", state.outcome().map(CommandLineId::id).orElse("running"), details);
	}
}
