package org.flowpilot.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Routes connections between boxes that stay where people put them: horizontal and vertical segments that keep clear
 * of every box, with as few bends as the boxes allow, avoiding running along routes already drawn, and a label
 * placed where it covers no box and no other label. ELK layered routes a whole diagram as it places it; this router
 * serves the connections of boxes moved by hand, and checks whether a stored route still fits its boxes.
 * <p>
 * It searches a sparse grid made of the lines along the boxes' borders (at a clearance), the lines through the
 * candidate ports of the two ends and the border of a search window around them, widening the window when no route
 * is found in it. Not thread-safe: one router per diagram build.
 */
public final class OrthogonalRouter {

    /** The distance a route keeps from the boxes it passes. */
    public static final double CLEARANCE = 14;

    private static final double BEND = 40;
    private static final double ALONG_ROUTE = 3;
    private static final double CROSSING = 12;
    private static final double ACROSS_FLOW = 30;
    private static final double AGAINST_FLOW = 90;
    private static final double OFF_CENTRE = 6;
    private static final double[] PORT_FRACTIONS = {0.5, 0.3, 0.7};
    private static final double LABEL_MARGIN = 4;
    private static final double CELL = 256;

    private enum Side {
        TOP(0, -1), BOTTOM(0, 1), LEFT(-1, 0), RIGHT(1, 0);

        final int dx;
        final int dy;

        Side(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    /** An axis-parallel rectangle by its corners. */
    record Rect(double x1, double y1, double x2, double y2) {

        static Rect of(Bounds b) {
            return new Rect(b.x(), b.y(), b.x() + b.width(), b.y() + b.height());
        }

        Rect inflated(double by) {
            return new Rect(x1 - by, y1 - by, x2 + by, y2 + by);
        }

        boolean overlaps(Rect o) {
            return x1 < o.x2 && o.x1 < x2 && y1 < o.y2 && o.y1 < y2;
        }

        boolean strictlyContains(double x, double y) {
            return x > x1 && x < x2 && y > y1 && y < y2;
        }

        // Whether the segment a-b (horizontal or vertical) passes through the open interior.
        boolean cutBy(double ax, double ay, double bx, double by) {
            if (ay == by) {
                return ay > y1 && ay < y2 && Math.max(ax, bx) > x1 && Math.min(ax, bx) < x2;
            }
            if (ax == bx) {
                return ax > x1 && ax < x2 && Math.max(ay, by) > y1 && Math.min(ay, by) < y2;
            }
            // A slanted segment (never produced here): judged by its bounding box.
            return new Rect(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)).overlaps(this);
        }

        Rect union(Rect o) {
            return new Rect(Math.min(x1, o.x1), Math.min(y1, o.y1), Math.max(x2, o.x2), Math.max(y2, o.y2));
        }
    }

    private record Segment(double ax, double ay, double bx, double by) {

        boolean horizontal() {
            return ay == by;
        }

        Rect box() {
            return new Rect(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
        }
    }

    private record Port(Side side, double x, double y, double cost) {

        double escapeX(double clearance) {
            return x + side.dx * clearance;
        }

        double escapeY(double clearance) {
            return y + side.dy * clearance;
        }
    }

    private final Map<String, Rect> boxes = new HashMap<>();
    private final Map<Long, List<String>> cells = new HashMap<>();
    private final List<Segment> occupied = new ArrayList<>();
    private final List<Rect> labels = new ArrayList<>();
    private final LayeredLayout.Flow flow;
    private Rect extent;

    /** A router among {@code boxes} (by element id) of a diagram whose connections go {@code flow}. */
    public OrthogonalRouter(Map<String, Bounds> boxes, LayeredLayout.Flow flow) {
        this.flow = flow;
        boxes.forEach((id, bounds) -> {
            Rect rect = Rect.of(bounds);
            this.boxes.put(id, rect);
            extent = extent == null ? rect : extent.union(rect);
            forEachCell(rect, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(id));
        });
        if (extent == null) {
            extent = new Rect(0, 0, 0, 0);
        }
    }

    /** Notes {@code route} as drawn: later routes avoid running along it, later labels avoid its label. */
    public void keep(Route route, double labelWidth, double labelHeight) {
        List<Point> points = route.points();
        for (int i = 1; i < points.size(); i++) {
            occupied.add(new Segment(points.get(i - 1).x(), points.get(i - 1).y(), points.get(i).x(),
                    points.get(i).y()));
        }
        if (route.label() != null && labelWidth > 0) {
            labels.add(new Rect(route.label().x(), route.label().y(), route.label().x() + labelWidth,
                    route.label().y() + labelHeight));
        }
    }

    /**
     * Whether {@code route} still fits: it starts on the border of {@code sourceId} and ends on the border of
     * {@code targetId}, its segments are horizontal or vertical, none passes through a box, and its label (of the
     * given size; 0 for none) covers no box and no label kept so far.
     */
    public boolean fits(Route route, String sourceId, String targetId, double labelWidth, double labelHeight) {
        Rect source = boxes.get(sourceId);
        Rect target = boxes.get(targetId);
        if (source == null || target == null || !onBorder(route.start(), source) || !onBorder(route.end(), target)) {
            return false;
        }
        List<Point> points = route.points();
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (Math.abs(a.x() - b.x()) > 0.5 && Math.abs(a.y() - b.y()) > 0.5) {
                return false;
            }
            if (cutsAnyBox(a, b)) {
                return false;
            }
        }
        if (labelWidth > 0) {
            if (route.label() == null) {
                return false;
            }
            Rect label = new Rect(route.label().x(), route.label().y(), route.label().x() + labelWidth,
                    route.label().y() + labelHeight);
            return !coversBox(label.inflated(-1)) && labels.stream().noneMatch(label.inflated(-1)::overlaps);
        }
        return true;
    }

    /**
     * A route from {@code sourceId} to {@code targetId} clear of every box, with its label (of the given size; 0
     * for none) placed. The route is not kept: call {@link #keep} when it is drawn.
     */
    public Route route(String sourceId, String targetId, double labelWidth, double labelHeight) {
        Rect source = boxes.get(sourceId);
        Rect target = boxes.get(targetId);
        if (source == null || target == null) {
            throw new IllegalArgumentException("No box " + (source == null ? sourceId : targetId));
        }
        List<Point> points = sourceId.equals(targetId) ? loop(source) : search(source, target);
        return new Route(points, labelWidth > 0 ? placeLabel(points, labelWidth, labelHeight) : null);
    }

    private List<Point> search(Rect source, Rect target) {
        Rect both = source.union(target);
        double span = Math.max(both.x2 - both.x1, both.y2 - both.y1);
        double[] paddings = {Math.max(120, span * 0.25), Math.max(360, span), Double.POSITIVE_INFINITY};
        for (double clearance : new double[] {CLEARANCE, CLEARANCE / 2.5}) {
            for (double padding : paddings) {
                Rect window = padding == Double.POSITIVE_INFINITY ? extent.union(both).inflated(3 * CLEARANCE)
                        : both.inflated(padding);
                List<Point> found = new Search(source, target, window, clearance).run();
                if (found != null) {
                    return simplify(found);
                }
            }
        }
        return simplify(straight(source, target));
    }

    // A loop out of the right side and back in, for a step that leads to itself.
    private static List<Point> loop(Rect box) {
        double height = box.y2 - box.y1;
        double out = box.x2 + 2 * CLEARANCE;
        return List.of(new Point(box.x2, box.y1 + height / 3), new Point(out, box.y1 + height / 3),
                new Point(out, box.y1 + 2 * height / 3), new Point(box.x2, box.y1 + 2 * height / 3));
    }

    // The last resort when the boxes leave no way: out along the flow, across, and in.
    private List<Point> straight(Rect source, Rect target) {
        if (flow == LayeredLayout.Flow.DOWN) {
            double sx = (source.x1 + source.x2) / 2;
            double tx = (target.x1 + target.x2) / 2;
            double middle = (source.y2 + target.y1) / 2;
            return List.of(new Point(sx, source.y2), new Point(sx, middle), new Point(tx, middle),
                    new Point(tx, target.y1));
        }
        double sy = (source.y1 + source.y2) / 2;
        double ty = (target.y1 + target.y2) / 2;
        double middle = (source.x2 + target.x1) / 2;
        return List.of(new Point(source.x2, sy), new Point(middle, sy), new Point(middle, ty), new Point(target.x1, ty));
    }

    /** One search for a route within a window, on the grid of the lines that matter there. */
    private final class Search {

        private final Rect source;
        private final Rect target;
        private final double clearance;
        private final List<Rect> blocks = new ArrayList<>();
        private final List<Rect> blockedBoxes = new ArrayList<>();
        private final List<Segment> nearRoutes = new ArrayList<>();
        private final double[] xs;
        private final double[] ys;
        private final List<Port> starts;
        private final List<Port> ends;

        Search(Rect source, Rect target, Rect window, double clearance) {
            this.source = source;
            this.target = target;
            this.clearance = clearance;
            TreeSet<Double> xLines = new TreeSet<>();
            TreeSet<Double> yLines = new TreeSet<>();
            xLines.add(window.x1);
            xLines.add(window.x2);
            yLines.add(window.y1);
            yLines.add(window.y2);
            for (String id : idsNear(window)) {
                Rect box = boxes.get(id);
                // The strict interior of a box grown by the clearance is out of bounds for routes.
                blocks.add(box.inflated(clearance - 0.5));
                blockedBoxes.add(box);
                xLines.add(box.x1 - clearance);
                xLines.add(box.x2 + clearance);
                yLines.add(box.y1 - clearance);
                yLines.add(box.y2 + clearance);
            }
            starts = ports(source, true);
            ends = ports(target, false);
            for (Port port : starts) {
                xLines.add(port.escapeX(clearance));
                yLines.add(port.escapeY(clearance));
            }
            for (Port port : ends) {
                xLines.add(port.escapeX(clearance));
                yLines.add(port.escapeY(clearance));
            }
            Rect grown = window.inflated(clearance);
            for (Segment segment : occupied) {
                if (segment.box().overlaps(grown)) {
                    nearRoutes.add(segment);
                }
            }
            xs = xLines.stream().filter(x -> x >= window.x1 && x <= window.x2).mapToDouble(Double::doubleValue)
                    .toArray();
            ys = yLines.stream().filter(y -> y >= window.y1 && y <= window.y2).mapToDouble(Double::doubleValue)
                    .toArray();
        }

        List<Point> run() {
            int nx = xs.length;
            int ny = ys.length;
            int states = nx * ny * 4;
            double[] cost = new double[states];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            int[] parent = new int[states];
            Arrays.fill(parent, -1);
            boolean[] blocked = new boolean[nx * ny];
            for (int ix = 0; ix < nx; ix++) {
                for (int iy = 0; iy < ny; iy++) {
                    blocked[ix * ny + iy] = isBlocked(xs[ix], ys[iy]);
                }
            }
            Map<Integer, Port> goals = new HashMap<>();
            for (Port end : ends) {
                int cell = cellOf(end.escapeX(clearance), end.escapeY(clearance));
                if (cell >= 0 && !blocked[cell] && !stubBlocked(end)) {
                    goals.merge(cell, end, (a, b) -> a.cost <= b.cost ? a : b);
                }
            }
            if (goals.isEmpty()) {
                return null;
            }
            PriorityQueue<double[]> open = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
            Map<Integer, Port> startPorts = new HashMap<>();
            for (Port start : starts) {
                int cell = cellOf(start.escapeX(clearance), start.escapeY(clearance));
                if (cell < 0 || blocked[cell] || stubBlocked(start)) {
                    continue;
                }
                int state = cell * 4 + direction(start.side.dx, start.side.dy);
                double g = start.cost + clearance;
                if (g < cost[state]) {
                    cost[state] = g;
                    startPorts.put(state, start);
                    open.add(new double[] {g + estimate(cell), state});
                }
            }
            double best = Double.POSITIVE_INFINITY;
            int bestState = -1;
            Port bestGoal = null;
            while (!open.isEmpty()) {
                double[] next = open.poll();
                int state = (int) next[1];
                if (next[0] >= best) {
                    break;
                }
                double g = cost[state];
                if (next[0] > g + estimate(state / 4) + 1e-6) {
                    continue;
                }
                int cell = state / 4;
                int dir = state % 4;
                Port goal = goals.get(cell);
                if (goal != null) {
                    int inward = direction(-goal.side.dx, -goal.side.dy);
                    if (dir != opposite(inward)) {
                        double total = g + goal.cost + clearance + (dir == inward ? 0 : BEND);
                        if (total < best) {
                            best = total;
                            bestState = state;
                            bestGoal = goal;
                        }
                    }
                }
                int ix = cell / ny;
                int iy = cell % ny;
                for (int d = 0; d < 4; d++) {
                    if (d == opposite(dir)) {
                        continue;
                    }
                    int jx = ix + (d == 0 ? 1 : d == 1 ? -1 : 0);
                    int jy = iy + (d == 2 ? 1 : d == 3 ? -1 : 0);
                    if (jx < 0 || jx >= nx || jy < 0 || jy >= ny) {
                        continue;
                    }
                    int neighbour = jx * ny + jy;
                    if (blocked[neighbour] || segmentBlocked(xs[ix], ys[iy], xs[jx], ys[jy])) {
                        continue;
                    }
                    double step = Math.abs(xs[jx] - xs[ix]) + Math.abs(ys[jy] - ys[iy])
                            + (d == dir ? 0 : BEND) + routePenalty(xs[ix], ys[iy], xs[jx], ys[jy]);
                    int to = neighbour * 4 + d;
                    if (g + step < cost[to]) {
                        cost[to] = g + step;
                        parent[to] = state;
                        open.add(new double[] {g + step + estimate(neighbour), to});
                    }
                }
            }
            if (bestState < 0) {
                return null;
            }
            List<Point> reversed = new ArrayList<>();
            reversed.add(new Point(bestGoal.x, bestGoal.y));
            int state = bestState;
            int first = state;
            while (state >= 0) {
                int cell = state / 4;
                reversed.add(new Point(xs[cell / ny], ys[cell % ny]));
                first = state;
                state = parent[state];
            }
            Port start = startPorts.get(first);
            reversed.add(new Point(start.x, start.y));
            List<Point> points = new ArrayList<>(reversed.size());
            for (int i = reversed.size() - 1; i >= 0; i--) {
                points.add(reversed.get(i));
            }
            return points;
        }

        private double estimate(int cell) {
            double x = xs[cell / ys.length];
            double y = ys[cell % ys.length];
            double min = Double.POSITIVE_INFINITY;
            for (Port end : ends) {
                min = Math.min(min, Math.abs(end.escapeX(clearance) - x) + Math.abs(end.escapeY(clearance) - y));
            }
            return min;
        }

        private int cellOf(double x, double y) {
            int ix = Arrays.binarySearch(xs, x);
            int iy = Arrays.binarySearch(ys, y);
            return ix < 0 || iy < 0 ? -1 : ix * ys.length + iy;
        }

        private boolean isBlocked(double x, double y) {
            for (Rect block : blocks) {
                if (block.strictlyContains(x, y)) {
                    return true;
                }
            }
            return false;
        }

        private boolean segmentBlocked(double ax, double ay, double bx, double by) {
            for (Rect block : blocks) {
                if (block.cutBy(ax, ay, bx, by)) {
                    return true;
                }
            }
            return false;
        }

        // The stub from a port to its escape point crosses no box but its own.
        private boolean stubBlocked(Port port) {
            Rect own = starts.contains(port) ? source : target;
            double ex = port.escapeX(clearance);
            double ey = port.escapeY(clearance);
            for (Rect box : blockedBoxes) {
                if (box != own && box.cutBy(port.x, port.y, ex, ey)) {
                    return true;
                }
            }
            return false;
        }

        private double routePenalty(double ax, double ay, double bx, double by) {
            double penalty = 0;
            boolean horizontal = ay == by;
            for (Segment route : nearRoutes) {
                if (route.horizontal() == horizontal) {
                    if (horizontal && Math.abs(route.ay - ay) < 2) {
                        penalty += ALONG_ROUTE * overlap(ax, bx, route.ax, route.bx);
                    } else if (!horizontal && Math.abs(route.ax - ax) < 2) {
                        penalty += ALONG_ROUTE * overlap(ay, by, route.ay, route.by);
                    }
                } else if (crosses(ax, ay, bx, by, route)) {
                    penalty += CROSSING;
                }
            }
            return penalty;
        }
    }

    private List<Port> ports(Rect box, boolean leaving) {
        List<Port> ports = new ArrayList<>();
        for (Side side : Side.values()) {
            double sideCost = sideCost(side, leaving);
            for (double fraction : PORT_FRACTIONS) {
                double cost = sideCost + (fraction == 0.5 ? 0 : OFF_CENTRE);
                switch (side) {
                    case TOP -> ports.add(new Port(side, box.x1 + (box.x2 - box.x1) * fraction, box.y1, cost));
                    case BOTTOM -> ports.add(new Port(side, box.x1 + (box.x2 - box.x1) * fraction, box.y2, cost));
                    case LEFT -> ports.add(new Port(side, box.x1, box.y1 + (box.y2 - box.y1) * fraction, cost));
                    case RIGHT -> ports.add(new Port(side, box.x2, box.y1 + (box.y2 - box.y1) * fraction, cost));
                }
            }
        }
        return ports;
    }

    // Routes leave along the flow and arrive along it; across it costs a little, against it more.
    private double sideCost(Side side, boolean leaving) {
        Side along = flow == LayeredLayout.Flow.DOWN ? (leaving ? Side.BOTTOM : Side.TOP)
                : (leaving ? Side.RIGHT : Side.LEFT);
        if (side == along) {
            return 0;
        }
        boolean opposite = along.dx == -side.dx && along.dy == -side.dy;
        return opposite ? AGAINST_FLOW : ACROSS_FLOW;
    }

    private static int direction(int dx, int dy) {
        return dx > 0 ? 0 : dx < 0 ? 1 : dy > 0 ? 2 : 3;
    }

    private static int opposite(int direction) {
        return direction ^ 1;
    }

    private static double overlap(double a1, double a2, double b1, double b2) {
        return Math.max(0, Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2)));
    }

    private static boolean crosses(double ax, double ay, double bx, double by, Segment other) {
        if (ay == by) {
            double x = other.ax;
            return x > Math.min(ax, bx) && x < Math.max(ax, bx) && ay > Math.min(other.ay, other.by)
                    && ay < Math.max(other.ay, other.by);
        }
        double y = other.ay;
        return y > Math.min(ay, by) && y < Math.max(ay, by) && ax > Math.min(other.ax, other.bx)
                && ax < Math.max(other.ax, other.bx);
    }

    // Drops repeated points and points in the middle of a straight run.
    private static List<Point> simplify(List<Point> points) {
        List<Point> kept = new ArrayList<>();
        for (Point point : points) {
            if (!kept.isEmpty() && near(kept.get(kept.size() - 1), point)) {
                continue;
            }
            if (kept.size() >= 2) {
                Point a = kept.get(kept.size() - 2);
                Point b = kept.get(kept.size() - 1);
                boolean straight = (Math.abs(a.x() - b.x()) < 0.01 && Math.abs(b.x() - point.x()) < 0.01)
                        || (Math.abs(a.y() - b.y()) < 0.01 && Math.abs(b.y() - point.y()) < 0.01);
                if (straight) {
                    kept.set(kept.size() - 1, point);
                    continue;
                }
            }
            kept.add(point);
        }
        return kept;
    }

    private static boolean near(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < 0.01 && Math.abs(a.y() - b.y()) < 0.01;
    }

    private static boolean onBorder(Point point, Rect box) {
        double tolerance = 1.5;
        boolean withinX = point.x() >= box.x1 - tolerance && point.x() <= box.x2 + tolerance;
        boolean withinY = point.y() >= box.y1 - tolerance && point.y() <= box.y2 + tolerance;
        boolean onVertical = Math.abs(point.x() - box.x1) <= tolerance || Math.abs(point.x() - box.x2) <= tolerance;
        boolean onHorizontal = Math.abs(point.y() - box.y1) <= tolerance
                || Math.abs(point.y() - box.y2) <= tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }

    private boolean cutsAnyBox(Point a, Point b) {
        Rect span = new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.max(a.x(), b.x()),
                Math.max(a.y(), b.y()));
        double ax = a.x();
        double ay = a.y();
        double bx = Math.abs(a.x() - b.x()) <= 0.5 ? ax : b.x();
        double by = Math.abs(a.y() - b.y()) <= 0.5 ? ay : b.y();
        for (String id : idsNear(span.inflated(1))) {
            // A route may run along a border (it starts and ends on one); it may not pass through a box.
            if (boxes.get(id).inflated(-1).cutBy(ax, ay, bx, by)) {
                return true;
            }
        }
        return false;
    }

    private boolean coversBox(Rect rect) {
        for (String id : idsNear(rect)) {
            if (boxes.get(id).overlaps(rect)) {
                return true;
            }
        }
        return false;
    }

    private Point placeLabel(List<Point> points, double width, double height) {
        List<int[]> order = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            order.add(new int[] {i});
        }
        order.sort((a, b) -> Double.compare(length(points, b[0]), length(points, a[0])));
        // On the line first (the line runs through the label, as ELK places them), then beside it.
        for (int[] index : order) {
            Point a = points.get(index[0] - 1);
            Point b = points.get(index[0]);
            boolean horizontal = Math.abs(a.y() - b.y()) < 0.5;
            double room = length(points, index[0]) - (horizontal ? width : height) - 2 * CLEARANCE;
            if (room < 0) {
                continue;
            }
            for (double t : new double[] {0.5, 0.3, 0.7, 0.15, 0.85}) {
                Point free = free(a.x() + (b.x() - a.x()) * t - width / 2, a.y() + (b.y() - a.y()) * t - height / 2,
                        width, height);
                if (free != null) {
                    return free;
                }
            }
        }
        for (int[] index : order) {
            Point a = points.get(index[0] - 1);
            Point b = points.get(index[0]);
            boolean horizontal = Math.abs(a.y() - b.y()) < 0.5;
            double cx = (a.x() + b.x()) / 2;
            double cy = (a.y() + b.y()) / 2;
            Point[] beside = horizontal
                    ? new Point[] {new Point(cx - width / 2, cy - height - 6), new Point(cx - width / 2, cy + 6)}
                    : new Point[] {new Point(cx + 6, cy - height / 2), new Point(cx - width - 6, cy - height / 2)};
            for (Point candidate : beside) {
                Point free = free(candidate.x(), candidate.y(), width, height);
                if (free != null) {
                    return free;
                }
            }
        }
        int longest = order.get(0)[0];
        Point a = points.get(longest - 1);
        Point b = points.get(longest);
        return new Point((a.x() + b.x()) / 2 - width / 2, (a.y() + b.y()) / 2 - height / 2);
    }

    private Point free(double x, double y, double width, double height) {
        Rect rect = new Rect(x, y, x + width, y + height).inflated(LABEL_MARGIN);
        if (coversBox(rect) || labels.stream().anyMatch(rect::overlaps)) {
            return null;
        }
        return new Point(x, y);
    }

    private static double length(List<Point> points, int index) {
        Point a = points.get(index - 1);
        Point b = points.get(index);
        return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
    }

    private Collection<String> idsNear(Rect rect) {
        TreeSet<String> ids = new TreeSet<>();
        double cellCount = (Math.floor(rect.x2 / CELL) - Math.floor(rect.x1 / CELL) + 1)
                * (Math.floor(rect.y2 / CELL) - Math.floor(rect.y1 / CELL) + 1);
        if (cellCount > boxes.size()) {
            boxes.forEach((id, box) -> {
                if (box.overlaps(rect)) {
                    ids.add(id);
                }
            });
            return ids;
        }
        forEachCell(rect, key -> {
            List<String> inCell = cells.get(key);
            if (inCell != null) {
                ids.addAll(inCell);
            }
        });
        return ids;
    }

    private static void forEachCell(Rect rect, LongConsumer action) {
        long x1 = (long) Math.floor(rect.x1 / CELL);
        long x2 = (long) Math.floor(rect.x2 / CELL);
        long y1 = (long) Math.floor(rect.y1 / CELL);
        long y2 = (long) Math.floor(rect.y2 / CELL);
        for (long x = x1; x <= x2; x++) {
            for (long y = y1; y <= y2; y++) {
                action.accept((x << 32) ^ (y & 0xffffffffL));
            }
        }
    }
}
