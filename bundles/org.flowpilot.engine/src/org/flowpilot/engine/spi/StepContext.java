package org.flowpilot.engine.spi;

import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.model.CustomStep;

/**
 * What a custom step executor may look at.
 *
 * @since 1.0
 */
public interface StepContext {

    /** The step being executed. */
    CustomStep step();

    /** The scenario of the run. */
    RunScenario scenario();

    /** The state before the step. */
    RunState state();
}
