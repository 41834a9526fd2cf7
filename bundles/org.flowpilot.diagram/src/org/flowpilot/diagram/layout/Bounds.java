package org.flowpilot.diagram.layout;

/** Where a diagram element sits and how large it is, in diagram coordinates relative to its container. */
public record Bounds(double x, double y, double width, double height) {

    /** These bounds moved to {@code newX}, {@code newY}. */
    public Bounds at(double newX, double newY) {
        return new Bounds(newX, newY, width, height);
    }

    /** These bounds with the size {@code newWidth} x {@code newHeight}. */
    public Bounds sized(double newWidth, double newHeight) {
        return new Bounds(x, y, newWidth, newHeight);
    }
}
