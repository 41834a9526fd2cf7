package org.flowpilot.diagram.internal.common;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.flowpilot.diagram.layout.Arrangement;
import org.flowpilot.diagram.internal.common.Placements.LayoutInput;

import com.google.inject.Inject;

/**
 * Builds a diagram's graph model from the EMF model: first what the layout needs (boxes and connections), then the
 * graph with every box and connection where {@link Placements} puts it. Runs where the model may be read.
 */
public abstract class DiagramFactory implements GModelFactory {

    @Inject
    protected DiagramState state;
    @Inject
    private DiagramModels models;

    @Override
    public final void createGModel() {
        long start = System.nanoTime();
        long cpu = Timings.cpu();
        long[] placed = new long[1];
        GGraph graph = state.model().access().call(() -> {
            LayoutInput input = layoutInput();
            Arrangement arrangement = Placements.resolve(state.model().layout(), state.diagramId(), input, memo());
            placed[0] = System.nanoTime();
            state.shown(input, arrangement);
            return build(arrangement);
        });
        state.updateRoot(graph);
        Timings.report("graph of %d elements, %.1f ms (placing %.1f ms), CPU %.1f ms", graph.getChildren().size(),
                Timings.since(start), (placed[0] - start) / 1e6, (Timings.cpu() - cpu) / 1e6);
    }

    /** What the diagrams of this model remember of computed layouts. */
    public LayoutMemo memo() {
        return models.memoOf(state.model());
    }

    /** The top-level boxes of this diagram at their natural size, and their connections. */
    public abstract LayoutInput layoutInput();

    /** The graph, with each top-level box and each connection as {@code arrangement} has it. */
    protected abstract GGraph build(Arrangement arrangement);
}
