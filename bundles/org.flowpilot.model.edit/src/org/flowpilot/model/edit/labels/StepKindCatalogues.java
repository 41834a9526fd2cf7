package org.flowpilot.model.edit.labels;

import org.flowpilot.model.contribution.Contributions;
import org.flowpilot.model.edit.internal.steps.ClassPathStepKinds;
import org.flowpilot.model.edit.internal.steps.RegistryStepKinds;
import org.flowpilot.model.edit.steps.StepKindCatalogue;

/**
 * Where the catalogue of installed step kinds comes from.
 *
 * @since 1.0
 */
public final class StepKindCatalogues {

    private static volatile StepKindCatalogue installed;

    private StepKindCatalogues() {
    }

    /**
     * The step kinds installed in this runtime: the extension registry inside OSGi, the {@code plugin.xml} files on
     * the class path outside. One catalogue per runtime, made on first use.
     */
    public static StepKindCatalogue installed() {
        StepKindCatalogue catalogue = installed;
        if (catalogue == null) {
            synchronized (StepKindCatalogues.class) {
                catalogue = installed;
                if (catalogue == null) {
                    // The registry's classes are loaded only inside OSGi, where they exist.
                    catalogue = Contributions.loadedByBundle(StepKindCatalogues.class) ? RegistryStepKinds.start()
                            : ClassPathStepKinds.read(StepKindCatalogues.class.getClassLoader());
                    installed = catalogue;
                }
            }
        }
        return catalogue;
    }
}
