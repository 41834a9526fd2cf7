package org.flowpilot.engine;

/**
 * A breakpoint of a run, on the step with the element id {@code elementId} ({@link StepRecord#elementId()}): a
 * model step's, or {@link StepKind#engineElementId()} for a step the engine adds, such as the ESP error page.
 *
 * @param elementId the element id of the step
 * @param enabled whether the run stops before that step
 * @since 1.0
 */
public record Breakpoint(String elementId, boolean enabled) {
}
