package org.flowpilot.engine.spi;

/**
 * Executes the custom steps whose {@code extensionTypeId} equals {@link #typeId()}. Contribute one as an OSGi
 * Declarative Services component providing this interface, or outside OSGi in
 * {@code META-INF/services/org.flowpilot.engine.spi.StepExecutor}. Must be deterministic and keep no state between
 * calls: after stepping back or restarting, a run executes the same step again and expects the same result.
 *
 * @since 1.0
 */
public interface StepExecutor {

    /** The extension type id of the custom steps this executor runs. */
    String typeId();

    /** Executes one custom step. */
    StepResult execute(StepContext context);
}
