package org.flowpilot.interop.internal.graph;

/**
 * How Graph JSON is written: with the current property names, the deprecated ones or both, and as a create (POST)
 * body without the read-only properties or as the full resource.
 */
public record GraphWriteOptions(boolean currentNames, boolean deprecatedNames, boolean createBody) {
}
