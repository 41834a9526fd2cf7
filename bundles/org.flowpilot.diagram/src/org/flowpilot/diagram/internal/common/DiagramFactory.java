package org.flowpilot.diagram.internal.common;

import java.util.Map;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.internal.common.Placements.LayoutInput;

import com.google.inject.Inject;

/**
 * Builds a diagram's graph model from the EMF model: first what the layout needs (boxes and connections), then the
 * graph with every box where {@link Placements} puts it. Runs where the model may be read.
 */
public abstract class DiagramFactory implements GModelFactory {

    @Inject
    protected DiagramState state;

    @Override
    public final void createGModel() {
        GGraph graph = state.model().access().call(() -> {
            Map<String, Bounds> placements = Placements.resolve(state.model().layout(), state.diagramId(),
                    layoutInput());
            return build(placements);
        });
        state.updateRoot(graph);
    }

    /** The top-level boxes of this diagram at their natural size, and their connections. */
    public abstract LayoutInput layoutInput();

    /** The graph, with each top-level box at {@code placements}. */
    protected abstract GGraph build(Map<String, Bounds> placements);
}
