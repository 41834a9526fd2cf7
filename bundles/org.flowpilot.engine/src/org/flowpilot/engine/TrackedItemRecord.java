package org.flowpilot.engine;

import org.flowpilot.model.TrackedItem;

/**
 * One item an Enrollment Status Page phase tracked during a step.
 *
 * @param item the tracked item of the model
 * @param name the item's name
 * @param kind what it is, as its model class names it: {@code App}, {@code Certificate}, {@code NetworkProfile},
 *            {@code SecurityPolicy} or {@code PreparationTask}
 * @param minutes the simulated minutes it took (until the timeout, for an item that hangs)
 * @param outcome what became of it
 * @since 1.0
 */
public record TrackedItemRecord(TrackedItem item, String name, String kind, int minutes, TrackedItemOutcome outcome) {

    /** The item's stable id ({@link ElementIds#of}), as diagrams and breakpoints know it. */
    public String elementId() {
        return ElementIds.of(item);
    }
}
