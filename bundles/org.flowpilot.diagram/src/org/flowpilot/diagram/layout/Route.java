package org.flowpilot.diagram.layout;

import java.util.List;

/**
 * How a connection is drawn: its points from where it leaves its source's border to where it meets its target's,
 * every segment horizontal or vertical, and where its label sits (the label's top left corner; null for a
 * connection without a label).
 */
public record Route(List<Point> points, Point label) {

    /** A route through {@code points}; {@code label} may be null. */
    public Route {
        if (points.size() < 2) {
            throw new IllegalArgumentException("A route has at least two points, not " + points.size());
        }
        points = List.copyOf(points);
    }

    /** The first point, on the source's border. */
    public Point start() {
        return points.get(0);
    }

    /** The last point, on the target's border. */
    public Point end() {
        return points.get(points.size() - 1);
    }
}
