package org.flowpilot.diagram.internal.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.flowpilot.diagram.internal.common.Placements.LayoutInput;
import org.flowpilot.diagram.layout.Arrangement;
import org.flowpilot.diagram.layout.Route;

/**
 * Layouts computed for the diagrams of one model and not stored in its sidecar: the arrangement ELK gave a diagram
 * without a stored layout (the same input gives the same arrangement, so a reload or a second window does not run ELK
 * again), and the routes computed for connections whose stored route no longer fits or that have none.
 */
public final class LayoutMemo {

    private record Layered(LayoutInput input, Arrangement arrangement) {
    }

    private final Map<String, Layered> layered = new HashMap<>();
    private final Map<String, Map<String, Route>> derived = new HashMap<>();

    /** The arrangement of {@code input} on {@code diagramId}: remembered, or computed by {@code layout}. */
    public Arrangement layered(String diagramId, LayoutInput input, Supplier<Arrangement> layout) {
        synchronized (this) {
            Layered known = layered.get(diagramId);
            if (known != null && known.input().equals(input)) {
                return known.arrangement();
            }
        }
        // ELK runs outside the lock: another diagram of the model need not wait for it.
        Arrangement arrangement = layout.get();
        synchronized (this) {
            layered.put(diagramId, new Layered(input, arrangement));
        }
        return arrangement;
    }

    /** The route computed earlier for {@code edgeId} on {@code diagramId}, or null. */
    public synchronized Route derived(String diagramId, String edgeId) {
        Map<String, Route> routes = derived.get(diagramId);
        return routes == null ? null : routes.get(edgeId);
    }

    /** Remembers {@code route}, computed for {@code edgeId} on {@code diagramId}. */
    public synchronized void derive(String diagramId, String edgeId, Route route) {
        derived.computeIfAbsent(diagramId, id -> new HashMap<>()).put(edgeId, route);
    }
}
