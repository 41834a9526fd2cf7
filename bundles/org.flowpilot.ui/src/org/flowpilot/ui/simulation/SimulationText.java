package org.flowpilot.ui.simulation;

/** How the run views (Timeline, Screen Preview, Debug view) word a simulation's position and clock. */
public final class SimulationText {

	private SimulationText() {
	}

	/** "Adele signs in to her laptop: step 6 of 11, 0:05 — suspended (step-end)". */
	public static String summary(String name, SimulationState state) {
		StringBuilder text = new StringBuilder(name).append(": ");
		if (state.position() == 0) {
			text.append("before the first step");
		} else {
			text.append("step ").append(state.position()).append(" of ").append(state.steps().size()).append(", ")
					.append(clock(state.runState().clockMinutes()));
		}
		text.append(" \u2014 ");
		if (state.activity() == SimulationActivity.RUNNING) {
			text.append("running");
		} else if (state.activity() == SimulationActivity.TERMINATED) {
			text.append("terminated");
		} else if (state.runState().outcome().isPresent()) {
			text.append("ended: ").append(state.runState().outcome().get().id());
		} else {
			text.append("suspended");
			if (state.suspendReason() != null) {
				text.append(" (").append(state.suspendReason().id()).append(')');
			}
		}
		return text.toString();
	}

	/** Simulated time since power on as hours and minutes: "1:07". */
	public static String clock(int minutes) {
		return minutes / 60 + ":" + (minutes % 60 < 10 ? "0" : "") + minutes % 60;
	}
}
