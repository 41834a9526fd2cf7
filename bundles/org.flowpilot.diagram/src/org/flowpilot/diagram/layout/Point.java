package org.flowpilot.diagram.layout;

/** A point in diagram coordinates. */
public record Point(double x, double y) {
}
