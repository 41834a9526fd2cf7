package org.flowpilot.engine;

/**
 * One item an Enrollment Status Page phase tracked during a step.
 *
 * @param name the item's name
 * @param kind what it is: app, certificate, network profile, security policy or preparation task
 * @param minutes the simulated minutes it took (until the timeout, for an item that hangs)
 * @param outcome {@code succeeded}, {@code failed}, {@code hung}, {@code timed-out}, {@code not-tracked} or
 *            {@code not-reached}
 */
public record TrackedItemRecord(String name, String kind, int minutes, String outcome) {
}
