package org.flowpilot.diagram.internal.common;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

/** Refuses empty names while the user types one in place. */
public class NameValidator implements LabelEditValidator {

    @Override
    public ValidationStatus validate(String label, GModelElement element) {
        if (label == null || label.isBlank()) {
            return ValidationStatus.error("A name cannot be empty");
        }
        return ValidationStatus.ok();
    }
}
