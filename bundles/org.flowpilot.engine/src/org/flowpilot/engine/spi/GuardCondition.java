package org.flowpilot.engine.spi;

import org.flowpilot.model.Condition;
import org.flowpilot.model.ExtensionCondition;

/**
 * Evaluates guard conditions the engine does not know: {@link ExtensionCondition}s whose type id is {@link #typeId()}
 * (the usual way: models need no classes of the extension to be read), or instances of a {@link Condition} subclass
 * defined in an extension's own EMF package, recognised by {@link #handles(Condition)}. Contribute one as an OSGi
 * Declarative Services component providing this interface, or outside OSGi in
 * {@code META-INF/services/org.flowpilot.engine.spi.GuardCondition}. Must be deterministic and side-effect free:
 * guards may be evaluated any number of times.
 *
 * @since 1.0
 */
public interface GuardCondition {

    /**
     * The type id of the {@link ExtensionCondition}s this evaluator decides, such as {@code fabrikam.network-is}, or
     * null when it recognises its conditions by {@link #handles(Condition)} only.
     */
    default String typeId() {
        return null;
    }

    /**
     * Whether this evaluator knows {@code condition}, asked for conditions that no evaluator claims by type id. By
     * default, an {@link ExtensionCondition} of this evaluator's type id.
     */
    default boolean handles(Condition condition) {
        return typeId() != null && condition instanceof ExtensionCondition extension
                && typeId().equals(extension.getTypeId());
    }

    /** Whether {@code condition} holds. */
    boolean holds(Condition condition, GuardContext context);
}
