package org.flowpilot.diagram.internal.common;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GConstants;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.Highlight;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.Route;

/**
 * The shapes both diagrams are made of. The server sizes and places everything (the client does no layout of its
 * own), so the geometry of labels inside nodes is decided here and drawn as such by the client's views.
 */
public final class Shapes {

    /** The type of a node's editable name label. */
    public static final String NAME_LABEL = "label:name";
    /** The type of an edge's label. */
    public static final String EDGE_LABEL = "label:edge";
    /** The suffix of a name label's id after its element's id. */
    public static final String NAME_SUFFIX = "_name";
    /** The suffix of an edge label's id after its edge's id. */
    public static final String EDGE_LABEL_SUFFIX = "_label";

    /** Left edge of a node's name, right of its icon. */
    public static final double TEXT_LEFT = 58;
    /** Top of a node's name. */
    public static final double NAME_TOP = 12;
    /** Height of a name line. */
    public static final double NAME_HEIGHT = 20;

    /**
     * The client router of every edge: it draws the route the server sends as it is, and while a node is dragged
     * (before the server routes again) an orthogonal line from node to node.
     */
    public static final String ROUTER_KIND = "fp-route";

    private static final double CHARACTER_WIDTH = 6.6;
    // Longer edge labels wrap to a second line (and are cut there); the popup shows them whole.
    private static final double EDGE_LABEL_WIDTH = 170;

    private Shapes() {
    }

    /** A node builder with the name label every node has, at {@code bounds}. */
    public static GNodeBuilder node(String type, String id, Bounds bounds, String name) {
        return new GNodeBuilder(type).id(id).position(bounds.x(), bounds.y()).size(bounds.width(), bounds.height())
                .add(nameLabel(id, name, bounds.width()));
    }

    /** The editable name label of the element {@code id}. */
    public static GLabel nameLabel(String id, String name, double nodeWidth) {
        return new GLabelBuilder(NAME_LABEL).id(id + NAME_SUFFIX).text(name == null ? "" : name)
                .position(TEXT_LEFT, NAME_TOP).size(Math.max(40, nodeWidth - TEXT_LEFT - 12), NAME_HEIGHT).build();
    }

    /**
     * An edge from {@code sourceId} to {@code targetId} along {@code route} (its points from border to border), with
     * its label where the route places it when {@code label} is set. Without a route the client routes it.
     */
    public static GEdge edge(String type, String id, String sourceId, String targetId, String label,
            Collection<String> cssClasses, Route route) {
        GEdgeBuilder builder = new GEdgeBuilder(type).id(id).sourceId(sourceId).targetId(targetId)
                .routerKind(ROUTER_KIND).addCssClasses(List.copyOf(cssClasses));
        if (route != null) {
            route.points().forEach(point -> builder.addRoutingPoint(point.x(), point.y()));
        }
        if (label != null && !label.isBlank()) {
            GLabelBuilder labelBuilder = new GLabelBuilder(EDGE_LABEL).id(id + EDGE_LABEL_SUFFIX).text(label)
                    .size(edgeLabelWidth(label), edgeLabelHeight(label));
            if (route != null && route.label() != null) {
                labelBuilder.position(route.label().x(), route.label().y());
            } else {
                labelBuilder.edgePlacement(new GEdgePlacementBuilder().position(0.5).side(GConstants.EdgeSide.ON)
                        .rotate(false).offset(0).build());
            }
            builder.add(labelBuilder.build());
        }
        return builder.build();
    }

    /** The width of an edge label showing {@code text}. */
    public static double edgeLabelWidth(String text) {
        return Math.min(textWidth(text), EDGE_LABEL_WIDTH) + 16;
    }

    /** The height of an edge label showing {@code text}: one line, or two for long text. */
    public static double edgeLabelHeight(String text) {
        return textWidth(text) > EDGE_LABEL_WIDTH ? 34 : 20;
    }

    /** Roughly how wide {@code text} renders at 12 px, for labels the client does not measure. */
    public static double textWidth(String text) {
        return Math.ceil(text.length() * CHARACTER_WIDTH);
    }

    /** The CSS classes of {@code highlights}. */
    public static List<String> highlightClasses(Set<Highlight> highlights) {
        return highlights.stream().map(h -> "highlight-" + h.id()).toList();
    }

    /** The model element id of a diagram element id: node and label ids are the element id with a suffix. */
    public static String elementIdOf(String diagramElementId) {
        return DiagramModel.elementIdOf(diagramElementId);
    }

    /** {@code text} escaped for HTML. */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
