package org.flowpilot.model.validation.spi;

import org.eclipse.emf.ecore.EObject;

/**
 * A validation rule an extension contributes: its findings appear wherever Flowpilot's own rules do (the
 * {@code validate} command, the Problems view, the diagrams' decorations), with this rule's id. Contribute one as an
 * OSGi Declarative Services component providing this interface, or outside OSGi in
 * {@code META-INF/services/org.flowpilot.model.validation.spi.ValidationRule}.
 * <p>
 * A rule must be deterministic, fast and free of side effects: it is asked again after every change of a model. Each
 * call may take a few seconds at most; a rule that throws or does not answer in time is reported (rule id
 * {@code EX01}, naming the rule and its bundle) and not asked again in that validation.
 * <p>
 * This package is versioned on its own ({@code org.flowpilot.model.validation.spi}, version 1.0.0): methods may be
 * added with default implementations in minor versions; anything else changes the major version.
 *
 * @since 1.0
 */
public interface ValidationRule {

    /**
     * The rule's stable id, shown with each of its findings and used to filter them, such as {@code BLK01}: upper
     * case letters then digits. Flowpilot's own prefixes ({@code AP}, {@code FL}, {@code EX}) are refused, as is an
     * id another installed rule has.
     */
    String id();

    /** The severity of every finding of this rule. */
    Severity severity();

    /** The type of the model elements this rule checks, such as {@code CustomStep.class}. */
    Class<? extends EObject> appliesTo();

    /**
     * Checks {@code element}, an instance of {@link #appliesTo()}, and tells {@code findings} what is wrong. A finding
     * names the element and says what to change, in one or two sentences.
     */
    void check(EObject element, Findings findings);
}
