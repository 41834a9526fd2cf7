package org.flowpilot.diagram.layout;

import java.util.Map;

/** Where the boxes of a diagram are and how its connections run between them, by element id. */
public record Arrangement(Map<String, Bounds> nodes, Map<String, Route> routes) {

    /** An arrangement of {@code nodes} and {@code routes}, copied. */
    public Arrangement {
        nodes = Map.copyOf(nodes);
        routes = Map.copyOf(routes);
    }
}
