package org.flowpilot.debug.internal.model;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.ui.simulation.SimulationText;

/** How the Console tells a simulation's steps: one line each, with the columns {@code flowpilot simulate} prints. */
final class ConsoleLines {

	private ConsoleLines() {
	}

	/** "6  0:05  Microsoft Entra sign-in  ran  entra-sign-in  [Sign in]  adelev@contoso.com". */
	static String step(StepRecord record) {
		StringBuilder line = new StringBuilder();
		line.append(String.format("%3d  %5s  %-30s %-8s", record.step(), SimulationText.clock(record.clockMinutes()),
				record.name(), record.status().id()));
		if (record.screenId() != null) {
			line.append("  ").append(record.screenId()).append(record.shown() ? "" : " (not shown)");
		}
		if (!record.buttons().isEmpty()) {
			line.append("  [").append(String.join(", ", record.buttons())).append(']');
		}
		if (record.username() != null) {
			line.append("  ").append(record.username());
		}
		if (record.errorCode() != null) {
			line.append("  error ").append(record.errorCode());
		}
		return line.toString();
	}

	/** "Outcome: desktop after 57 min." with the diagnostic, if any. */
	static String outcome(RunOutcome outcome, RunState state) {
		return "Outcome: " + outcome.id() + " after " + state.clockMinutes() + " min"
				+ (state.diagnostic() == null ? "." : ": " + state.diagnostic());
	}
}
