package org.flowpilot.engine;

import org.flowpilot.model.Flow;

/**
 * A flow checked and indexed once for many runs. It reflects the flow as it was when prepared: prepare it again
 * after editing the flow.
 *
 * @since 1.0
 */
public interface PreparedFlow {

    /** The flow. */
    Flow flow();
}
