package org.flowpilot.engine.spi;

import org.flowpilot.model.Condition;

/**
 * Evaluates guard conditions the engine does not know, typically instances of a {@link Condition} subclass defined in
 * an extension's own EMF package. Contribute one as an OSGi Declarative Services component providing this interface,
 * or outside OSGi in {@code META-INF/services/org.flowpilot.engine.spi.GuardCondition}. Must be deterministic and
 * side-effect free: guards may be evaluated any number of times.
 */
public interface GuardCondition {

    /** Whether this evaluator knows {@code condition}. */
    boolean handles(Condition condition);

    /** Whether {@code condition} holds. */
    boolean holds(Condition condition, GuardContext context);
}
