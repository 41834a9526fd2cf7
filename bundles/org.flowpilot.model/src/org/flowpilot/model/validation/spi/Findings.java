package org.flowpilot.model.validation.spi;

import org.eclipse.emf.ecore.EObject;

/**
 * Where a {@link ValidationRule} reports what it found while checking one element.
 *
 * @since 1.0
 */
public interface Findings {

    /**
     * Reports a finding about {@code element} (usually the element being checked, or one it contains), saying what
     * is wrong and what to change.
     */
    void report(EObject element, String message);
}
