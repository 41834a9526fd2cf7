package org.flowpilot.diagram.internal.common;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.diagram.layout.LayeredLayout;
import org.flowpilot.diagram.layout.LayeredLayout.Box;
import org.flowpilot.diagram.layout.LayeredLayout.Connection;

/**
 * Where the top-level elements of a diagram go: where the layout sidecar puts them; for a diagram the sidecar does
 * not know yet, where ELK layered puts them; and elements added since (by the tree, say) in a row below the rest.
 */
public final class Placements {

    private static final double GAP = 40;

    private Placements() {
    }

    /** What a diagram gives its layout: top-level boxes at their natural size, and their connections. */
    public record LayoutInput(List<Box> boxes, List<Connection> connections, LayeredLayout.Flow flow) {
    }

    // -Dflowpilot.diagram.timings=true reports each ELK run on the error stream, for the diagram benchmark.
    private static final boolean TIMINGS = Boolean.getBoolean("flowpilot.diagram.timings");

    /** The bounds of every box of {@code input} on {@code diagramId}. */
    public static Map<String, Bounds> resolve(DiagramLayout layout, String diagramId, LayoutInput input) {
        if (!layout.hasLayout(diagramId)) {
            return timed(input);
        }
        Map<String, Bounds> stored = layout.diagram(diagramId);
        Map<String, Bounds> placed = new HashMap<>();
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
        return placed;
    }

    /** The bounds ELK layered gives every box, at the sizes the diagram has now. */
    public static Map<String, Bounds> relayout(DiagramLayout layout, String diagramId, LayoutInput input) {
        Map<String, Bounds> current = resolve(layout, diagramId, input);
        List<Box> sized = input.boxes().stream().map(box -> {
            Bounds bounds = current.get(box.id());
            return bounds == null ? box : new Box(box.id(), bounds.width(), bounds.height());
        }).toList();
        return timed(new LayoutInput(sized, input.connections(), input.flow()));
    }

    private static Map<String, Bounds> timed(LayoutInput input) {
        long start = System.nanoTime();
        Map<String, Bounds> placed = LayeredLayout.layout(input.boxes(), input.connections(), input.flow());
        if (TIMINGS) {
            System.err.printf(Locale.ROOT, "flowpilot diagram timing: ELK layered, %d boxes, %.1f ms%n",
                    input.boxes().size(), (System.nanoTime() - start) / 1e6);
        }
        return placed;
    }
}
