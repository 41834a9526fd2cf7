package org.flowpilot.diagram.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.flowpilot.diagram.layout.Arrangement;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.LayeredLayout.Connection;
import org.flowpilot.diagram.layout.Point;
import org.flowpilot.diagram.layout.Route;

/**
 * Finds what a reader of a diagram would call a drawing fault: a line passing through a box, a label lying on a box
 * or on another label. Computed from the geometry alone, so the same check serves a layout and the graph a server
 * sends. Lines may touch a box's border (they start and end there); a pixel inside counts.
 */
final class Crossings {

    private record Line(String edgeId, List<Point> points) {
    }

    private Crossings() {
    }

    /** The faults of {@code arrangement}, with the label sizes of {@code connections}. */
    static List<String> of(Arrangement arrangement, List<Connection> connections) {
        List<Line> lines = new ArrayList<>();
        Map<String, Bounds> labels = new LinkedHashMap<>();
        for (Connection connection : connections) {
            Route route = arrangement.routes().get(connection.id());
            if (route == null) {
                continue;
            }
            lines.add(new Line(connection.id(), route.points()));
            if (connection.hasLabel()) {
                labels.put(connection.id(), new Bounds(route.label().x(), route.label().y(), connection.labelWidth(),
                        connection.labelHeight()));
            }
        }
        return faults(arrangement.nodes(), lines, labels);
    }

    /** The faults of the graph {@code root} as a server sends it: its top-level nodes, edges and edge labels. */
    static List<String> of(GModelRoot root) {
        Map<String, Bounds> nodes = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        Map<String, Bounds> labels = new LinkedHashMap<>();
        root.getChildren().forEach(child -> {
            if (child instanceof GNode node) {
                nodes.put(node.getId(), new Bounds(node.getPosition().getX(), node.getPosition().getY(),
                        node.getSize().getWidth(), node.getSize().getHeight()));
            } else if (child instanceof GEdge edge) {
                List<Point> points = new ArrayList<>();
                for (GPoint point : edge.getRoutingPoints()) {
                    points.add(new Point(point.getX(), point.getY()));
                }
                lines.add(new Line(edge.getId(), points));
                edge.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
                        .forEach(label -> labels.put(edge.getId(), label.getPosition() == null
                                ? null
                                : new Bounds(label.getPosition().getX(), label.getPosition().getY(),
                                        label.getSize().getWidth(), label.getSize().getHeight())));
            }
        });
        return faults(nodes, lines, labels);
    }

    private static List<String> faults(Map<String, Bounds> nodes, List<Line> lines, Map<String, Bounds> labels) {
        List<String> faults = new ArrayList<>();
        for (Line line : lines) {
            if (line.points().size() < 2) {
                faults.add(line.edgeId() + " has no route");
                continue;
            }
            for (int i = 1; i < line.points().size(); i++) {
                Point a = line.points().get(i - 1);
                Point b = line.points().get(i);
                if (Math.abs(a.x() - b.x()) > 0.5 && Math.abs(a.y() - b.y()) > 0.5) {
                    faults.add(line.edgeId() + " segment " + i + " is slanted");
                }
                nodes.forEach((id, box) -> {
                    if (cuts(a, b, box)) {
                        faults.add(line.edgeId() + " segment " + a + "-" + b + " crosses " + id);
                    }
                });
            }
        }
        List<Map.Entry<String, Bounds>> placed = new ArrayList<>(labels.entrySet());
        for (int i = 0; i < placed.size(); i++) {
            Bounds label = placed.get(i).getValue();
            if (label == null) {
                faults.add("label of " + placed.get(i).getKey() + " has no position");
                continue;
            }
            for (Map.Entry<String, Bounds> node : nodes.entrySet()) {
                if (overlaps(label, node.getValue())) {
                    faults.add("label of " + placed.get(i).getKey() + " lies on " + node.getKey());
                }
            }
            for (int j = i + 1; j < placed.size(); j++) {
                Bounds other = placed.get(j).getValue();
                if (other != null && overlaps(label, other)) {
                    faults.add("label of " + placed.get(i).getKey() + " lies on the label of "
                            + placed.get(j).getKey());
                }
            }
        }
        return faults;
    }

    // Whether the segment passes through the box's interior shrunk by a pixel (running along a border is fine).
    private static boolean cuts(Point a, Point b, Bounds box) {
        double x1 = box.x() + 1;
        double y1 = box.y() + 1;
        double x2 = box.x() + box.width() - 1;
        double y2 = box.y() + box.height() - 1;
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        return maxX > x1 && minX < x2 && maxY > y1 && minY < y2;
    }

    private static boolean overlaps(Bounds a, Bounds b) {
        return a.x() + 1 < b.x() + b.width() && b.x() + 1 < a.x() + a.width() && a.y() + 1 < b.y() + b.height()
                && b.y() + 1 < a.y() + a.height();
    }
}
