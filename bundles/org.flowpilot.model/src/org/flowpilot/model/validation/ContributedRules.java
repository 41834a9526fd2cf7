package org.flowpilot.model.validation;

import java.util.List;

import org.flowpilot.model.contribution.Contributions;
import org.flowpilot.model.contribution.ServiceLoaders;
import org.flowpilot.model.validation.internal.RuleRegistry;
import org.flowpilot.model.validation.spi.ValidationRule;

/**
 * The validation rules installed extensions contribute: inside OSGi those in the service registry now (a bundle
 * started or stopped is seen at the next validation), outside OSGi those the {@code META-INF/services} files on the
 * class path list. {@link AutopilotValidator#validate(org.eclipse.emf.ecore.EObject)} runs them beside its own.
 */
public final class ContributedRules {

    private static volatile List<ValidationRule> onClassPath;

    private ContributedRules() {
    }

    /** The contributed rules installed now. */
    public static List<ValidationRule> installed() {
        List<ValidationRule> bound = RuleRegistry.bound();
        if (bound != null) {
            return bound;
        }
        if (Contributions.loadedByBundle(ContributedRules.class)) {
            // In OSGi without the component (no Declarative Services): no extension can be installed either.
            return List.of();
        }
        List<ValidationRule> found = onClassPath;
        if (found == null) {
            // The class path does not change while the JVM runs: look once.
            found = List.copyOf(ServiceLoaders.load(ValidationRule.class, ContributedRules.class.getClassLoader()));
            onClassPath = found;
        }
        return found;
    }
}
