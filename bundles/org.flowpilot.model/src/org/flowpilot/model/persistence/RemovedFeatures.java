package org.flowpilot.model.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.FlowpilotPackage;

/**
 * Attributes earlier Flowpilot versions wrote and the metamodel no longer has: a file that carries one still opens,
 * with a warning, and loses it at its next save. Any other unknown attribute stays an error.
 */
final class RemovedFeatures {

    // The Retry button is not an admin center setting: "Block device use until all apps and profiles are
    // installed" decides it (issue 14), so an old value has nothing to map to.
    private static final Map<EClass, Map<String, String>> REMOVED = Map.of(
            FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE, Map.of("allowRetry",
                    "no admin center setting backs it; \"Block device use until all apps and profiles are"
                            + " installed\" decides whether the error page offers Retry"));

    private RemovedFeatures() {
    }

    static boolean isRemoved(EObject object, String attribute) {
        return object != null && REMOVED.getOrDefault(object.eClass(), Map.of()).containsKey(attribute);
    }

    static String message(EObject object, String attribute) {
        return "The attribute '" + attribute + "' of " + object.eClass().getName() + " is no longer part of the model"
                + " and is dropped at the next save: " + REMOVED.get(object.eClass()).get(attribute);
    }
}
