package org.flowpilot.diagram.internal.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowpilot.diagram.layout.Arrangement;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.diagram.layout.LayeredLayout;
import org.flowpilot.diagram.layout.LayeredLayout.Box;
import org.flowpilot.diagram.layout.LayeredLayout.Connection;
import org.flowpilot.diagram.layout.OrthogonalRouter;
import org.flowpilot.diagram.layout.Route;

/**
 * Where the top-level elements of a diagram go and how its connections run: as the layout sidecar stores them; for a
 * diagram the sidecar does not know yet, as ELK layered arranges it; elements added since (by the tree, say) in a row
 * below the rest; and connections without a stored route, or whose stored route no longer fits the boxes (one was
 * moved onto it, a phase grew), routed around the boxes.
 */
public final class Placements {

    private static final double GAP = 40;

    private Placements() {
    }

    /** What a diagram gives its layout: top-level boxes at their natural size, and their connections. */
    public record LayoutInput(List<Box> boxes, List<Connection> connections, LayeredLayout.Flow flow) {

        /** The connection with {@code id}, or null. */
        public Connection connection(String id) {
            return connections.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        }
    }

    /** The arrangement of {@code input} on {@code diagramId}. */
    public static Arrangement resolve(DiagramLayout layout, String diagramId, LayoutInput input, LayoutMemo memo) {
        if (!layout.hasLayout(diagramId)) {
            return memo.layered(diagramId, input, () -> timed(input));
        }
        Map<String, Bounds> stored = layout.diagram(diagramId);
        Map<String, Bounds> placed = new LinkedHashMap<>();
        double bottom = 0;
        double left = Double.MAX_VALUE;
        for (Box box : input.boxes()) {
            Bounds bounds = stored.get(box.id());
            if (bounds != null) {
                // A stored size smaller than the content (a container that gained items) grows to fit it.
                Bounds fitted = bounds.sized(bounds.width(), Math.max(bounds.height(), box.height()));
                placed.put(box.id(), fitted);
                bottom = Math.max(bottom, fitted.y() + fitted.height());
                left = Math.min(left, fitted.x());
            }
        }
        double x = left == Double.MAX_VALUE ? GAP : left;
        for (Box box : input.boxes()) {
            if (!placed.containsKey(box.id())) {
                placed.put(box.id(), new Bounds(x, bottom + GAP, box.width(), box.height()));
                x += box.width() + GAP;
            }
        }
        return new Arrangement(placed, routes(layout.routes(diagramId), placed, input, diagramId, memo));
    }

    // Stored routes that still fit are kept first; the others are routed around the boxes and the labels kept.
    private static Map<String, Route> routes(Map<String, Route> stored, Map<String, Bounds> nodes, LayoutInput input,
            String diagramId, LayoutMemo memo) {
        OrthogonalRouter router = new OrthogonalRouter(nodes, input.flow());
        Map<String, Route> routes = new HashMap<>();
        List<Connection> drawable = input.connections().stream()
                .filter(c -> nodes.containsKey(c.sourceId()) && nodes.containsKey(c.targetId())).toList();
        for (Connection connection : drawable) {
            Route route = stored.get(connection.id());
            if (route != null && fits(router, route, connection)) {
                routes.put(connection.id(), route);
                router.keep(route, connection.labelWidth(), connection.labelHeight());
            }
        }
        for (Connection connection : drawable) {
            if (routes.containsKey(connection.id())) {
                continue;
            }
            Route route = memo.derived(diagramId, connection.id());
            if (route == null || !fits(router, route, connection)) {
                route = router.route(connection.sourceId(), connection.targetId(), connection.labelWidth(),
                        connection.labelHeight());
                memo.derive(diagramId, connection.id(), route);
            }
            routes.put(connection.id(), route);
            router.keep(route, connection.labelWidth(), connection.labelHeight());
        }
        return routes;
    }

    private static boolean fits(OrthogonalRouter router, Route route, Connection connection) {
        return router.fits(route, connection.sourceId(), connection.targetId(), connection.labelWidth(),
                connection.labelHeight());
    }

    /** The arrangement ELK layered gives every box, at the sizes the diagram has now. */
    public static Arrangement relayout(DiagramLayout layout, String diagramId, LayoutInput input, LayoutMemo memo) {
        Map<String, Bounds> current = resolve(layout, diagramId, input, memo).nodes();
        List<Box> sized = input.boxes().stream().map(box -> {
            Bounds bounds = current.get(box.id());
            return bounds == null ? box : new Box(box.id(), bounds.width(), bounds.height());
        }).toList();
        return timed(new LayoutInput(sized, input.connections(), input.flow()));
    }

    /**
     * The routes of the connections of {@code input} after the boxes {@code moved} got new bounds: those of the moved
     * boxes, and those that no longer fit, routed again; the others as {@code shown}. Only the routes that change are
     * returned.
     */
    public static Map<String, Route> reroute(Arrangement shown, LayoutInput input, Map<String, Bounds> moved) {
        Map<String, Bounds> nodes = new HashMap<>(shown.nodes());
        nodes.putAll(moved);
        OrthogonalRouter router = new OrthogonalRouter(nodes, input.flow());
        Map<String, Route> changed = new LinkedHashMap<>();
        List<Connection> again = new ArrayList<>();
        for (Connection connection : input.connections()) {
            if (!nodes.containsKey(connection.sourceId()) || !nodes.containsKey(connection.targetId())) {
                continue;
            }
            Route route = shown.routes().get(connection.id());
            boolean touched = moved.containsKey(connection.sourceId()) || moved.containsKey(connection.targetId());
            if (route == null || touched || !fits(router, route, connection)) {
                again.add(connection);
            } else {
                router.keep(route, connection.labelWidth(), connection.labelHeight());
            }
        }
        for (Connection connection : again) {
            Route route = router.route(connection.sourceId(), connection.targetId(), connection.labelWidth(),
                    connection.labelHeight());
            changed.put(connection.id(), route);
            router.keep(route, connection.labelWidth(), connection.labelHeight());
        }
        return changed;
    }

    private static Arrangement timed(LayoutInput input) {
        long start = System.nanoTime();
        Arrangement placed = LayeredLayout.layout(input.boxes(), input.connections(), input.flow());
        Timings.report("ELK layered, %d boxes, %.1f ms", input.boxes().size(), Timings.since(start));
        return placed;
    }
}
