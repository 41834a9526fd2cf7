package org.flowpilot.engine.spi;

import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.model.Step;

/**
 * What a guard may look at: the scenario, the state, and the step the guarded transition leaves.
 *
 * @since 1.0
 */
public interface GuardContext {

    /** The scenario of the run. */
    RunScenario scenario();

    /** The state after the step the transition leaves. */
    RunState state();

    /** The step the transition leaves. */
    Step source();
}
