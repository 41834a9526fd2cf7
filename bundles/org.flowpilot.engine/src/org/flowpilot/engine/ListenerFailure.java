package org.flowpilot.engine;

/**
 * A listener that threw while being told about a run; the run went on without it noticing.
 *
 * @param listener the listener's class name
 * @param event the notification it failed on, such as {@code stepExecuted}
 * @param failure what it threw
 */
public record ListenerFailure(String listener, String event, Throwable failure) {
}
