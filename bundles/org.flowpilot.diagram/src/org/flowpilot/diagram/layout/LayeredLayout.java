package org.flowpilot.diagram.layout;

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
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK's layered algorithm over a flat graph of fixed-size boxes: the plain-Java core of diagram layout, usable inside
 * and outside OSGi. Containers lay out their own contents; to ELK they are boxes of their final size.
 */
public final class LayeredLayout {

    /** A box to place. */
    public record Box(String id, double width, double height) {
    }

    /** A connection between two boxes, with the size of its label (0 x 0 for none); ELK layers along connections. */
    public record Connection(String sourceId, String targetId, double labelWidth, double labelHeight) {

        /** A connection without a label. */
        public Connection(String sourceId, String targetId) {
            this(sourceId, targetId, 0, 0);
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
     * The positions ELK layered gives {@code boxes} joined by {@code connections}, with the boxes' sizes kept; ids of
     * connections to boxes not in the list are ignored.
     */
    public static Map<String, Bounds> layout(List<Box> boxes, List<Connection> connections, Flow flow) {
        registerMetaData();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, flow == Flow.DOWN ? Direction.DOWN : Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 48.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 72.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 24.0);
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
        for (Connection connection : connections) {
            ElkNode source = nodes.get(connection.sourceId());
            ElkNode target = nodes.get(connection.targetId());
            if (source != null && target != null && source != target) {
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
                if (connection.labelWidth() > 0) {
                    // Labels in the middle of their edge get room of their own between the layers.
                    ElkLabel label = ElkGraphUtil.createLabel(edge);
                    label.setDimensions(connection.labelWidth(), connection.labelHeight());
                    label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Bounds> placed = new HashMap<>();
        nodes.forEach((id, node) -> placed.put(id,
                new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
        return placed;
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
