package org.flowpilot.model.validation.spi;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * How serious a contributed rule's findings are; an error makes {@code flowpilot validate} exit with code 1.
 *
 * @since 1.0
 */
public enum Severity {
    /** The model is wrong: Autopilot would refuse or fail it. */
    ERROR(Diagnostic.ERROR),
    /** The model works, but probably not as its author thinks. */
    WARNING(Diagnostic.WARNING),
    /** Worth knowing; nothing to change. */
    INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The EMF {@link Diagnostic} severity of this severity. */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }
}
