package org.flowpilot.engine;

/**
 * A listener that threw or did not answer in time while being told about a run; the run went on without it
 * noticing. A contributed listener that did not answer in time is told nothing more in that run.
 *
 * @param listener the listener's class name
 * @param event the notification it failed on, such as {@code stepExecuted}
 * @param failure what it threw, or a {@code ContributionFailure} of kind {@code TIMED_OUT}
 * @param origin where the listener comes from: {@code bundle com.fabrikam.autopilot 1.2.0} in OSGi, else its jar
 * @since 1.0
 */
public record ListenerFailure(String listener, String event, Throwable failure, String origin) {

    /** The failure in one sentence, naming the listener, its origin and the event. */
    public String message() {
        if (failure.getClass().getName().equals("org.flowpilot.model.contribution.ContributionFailure")) {
            return failure.getMessage();
        }
        String cause = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return "The run listener " + listener + " (" + origin + ") failed on " + event + ": " + cause;
    }
}
