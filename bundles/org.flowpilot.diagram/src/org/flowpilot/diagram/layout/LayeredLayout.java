package org.flowpilot.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK's layered algorithm over a flat graph of fixed-size boxes: the plain-Java core of diagram layout, usable inside
 * and outside OSGi. Containers lay out their own contents; to ELK they are boxes of their final size. Connections are
 * routed orthogonally with their labels placed between the layers, so no label sits on a box.
 */
public final class LayeredLayout {

    /** A box to place. */
    public record Box(String id, double width, double height) {
    }

    /**
     * A connection between two boxes, with the size of its label (0 x 0 for none); ELK layers along connections and
     * routes them with their labels.
     */
    public record Connection(String id, String sourceId, String targetId, double labelWidth, double labelHeight) {

        /** A connection without a label. */
        public Connection(String id, String sourceId, String targetId) {
            this(id, sourceId, targetId, 0, 0);
        }

        /** Whether this connection has a label. */
        public boolean hasLabel() {
            return labelWidth > 0;
        }
    }

    /** The direction layers follow. */
    public enum Flow {
        /** Top to bottom, like a flowchart. */
        DOWN,
        /** Left to right. */
        RIGHT
    }

    private static boolean metaDataRegistered;

    private LayeredLayout() {
    }

    /**
     * The positions ELK layered gives {@code boxes} joined by {@code connections}, with the boxes' sizes kept, and the
     * orthogonal routes of the connections with their labels placed clear of the boxes; connections to boxes not in
     * the list are left out.
     */
    public static Arrangement layout(List<Box> boxes, List<Connection> connections, Flow flow) {
        registerMetaData();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, flow == Flow.DOWN ? Direction.DOWN : Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 48.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 72.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 24.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 16.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 16.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 6.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        // The order of the model is the order people wrote the flow in: keep it where the graph allows.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (Box box : boxes) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(box.id());
            node.setDimensions(box.width(), box.height());
            nodes.put(box.id(), node);
        }
        Map<String, ElkEdge> edges = new LinkedHashMap<>();
        for (Connection connection : connections) {
            ElkNode source = nodes.get(connection.sourceId());
            ElkNode target = nodes.get(connection.targetId());
            if (source != null && target != null) {
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
                if (connection.hasLabel()) {
                    // Labels in the middle of their edge get room of their own between the layers, the line
                    // running through them.
                    // ELK layered places no label without text (it leaves it at 0,0); the id stands in for it.
                    ElkLabel label = ElkGraphUtil.createLabel(connection.id(), edge);
                    label.setDimensions(connection.labelWidth(), connection.labelHeight());
                    label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                    label.setProperty(CoreOptions.EDGE_LABELS_INLINE, true);
                }
                edges.put(connection.id(), edge);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Bounds> placed = new HashMap<>();
        nodes.forEach((id, node) -> placed.put(id,
                new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
        Map<String, Route> routes = new HashMap<>();
        edges.forEach((id, edge) -> {
            Route route = routeOf(edge);
            if (route != null) {
                routes.put(id, route);
            }
        });
        return new Arrangement(placed, routes);
    }

    // The edge's one section as a route, in the coordinates of the boxes (children of the root, as the edge).
    private static Route routeOf(ElkEdge edge) {
        if (edge.getSections().isEmpty()) {
            return null;
        }
        ElkEdgeSection section = edge.getSections().get(0);
        List<Point> points = new ArrayList<>();
        points.add(new Point(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new Point(bend.getX(), bend.getY()));
        }
        points.add(new Point(section.getEndX(), section.getEndY()));
        Point label = edge.getLabels().isEmpty() ? null
                : new Point(edge.getLabels().get(0).getX(), edge.getLabels().get(0).getY());
        return new Route(points, label);
    }

    // Outside Eclipse nothing reads ELK's plugin.xml, and inside OSGi its ServiceLoader lookup cannot see other
    // bundles: the algorithms used here are registered explicitly, once.
    private static synchronized void registerMetaData() {
        if (!metaDataRegistered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            metaDataRegistered = true;
        }
    }
}
