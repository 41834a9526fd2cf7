package org.flowpilot.ui.internal.simulation;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.flowpilot.diagram.RunHighlights;
import org.flowpilot.ui.simulation.DiagramHighlights;
import org.flowpilot.ui.simulation.Simulation;
import org.flowpilot.ui.simulation.SimulationActivity;
import org.flowpilot.ui.simulation.SimulationFocus;
import org.flowpilot.ui.simulation.SimulationState;

/**
 * Animates the diagrams of the simulation in focus: at each notification of the {@link SimulationFocus} (at most
 * every {@link SimulationFocus#MIN_NOTIFY_INTERVAL_MILLIS}, however fast the run goes) the diagrams of its model file
 * show where the run stands; a terminated run, or one out of focus, leaves them plain.
 */
final class SimulationAnimation implements SimulationFocus.Listener {

	/** The source name of the run's highlights. */
	static final String SOURCE = "simulation";

	private final DiagramHighlights highlights;
	private IFile animated;

	SimulationAnimation(DiagramHighlights highlights) {
		this.highlights = highlights;
	}

	@Override
	public void simulationChanged(Simulation simulation) {
		SimulationState state = simulation == null ? null : simulation.state();
		IFile file = state == null || state.activity() == SimulationActivity.TERMINATED ? null
				: simulation.modelFile();
		if (animated != null && !animated.equals(file)) {
			highlights.set(animated, SOURCE, Map.of());
		}
		animated = file;
		if (file != null) {
			highlights.set(file, SOURCE, RunHighlights.of(state.taken()));
		}
	}
}
