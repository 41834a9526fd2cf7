package org.flowpilot.model.edit.steps;

import java.util.List;
import java.util.Optional;

/**
 * The step kinds installed extensions declare at the extension point {@value #EXTENSION_POINT}. Inside OSGi the
 * catalogue follows the extension registry and the bundles' states: a kind is listed while the bundle declaring it
 * is starting or active (so that its executor can run), and listeners hear when that changes. Outside OSGi it lists
 * the kinds of the {@code plugin.xml} files on the class path. Thread-safe.
 *
 * @since 1.0
 */
public interface StepKindCatalogue {

    /** The id of the extension point where extensions declare step kinds. */
    String EXTENSION_POINT = "org.flowpilot.model.edit.stepKinds";

    /** The kinds installed now, in the order of their names; one per type id (the first declared wins). */
    List<ContributedStepKind> stepKinds();

    /** The installed kind of {@code typeId}, or empty when no installed extension declares it. */
    default Optional<ContributedStepKind> find(String typeId) {
        return stepKinds().stream().filter(kind -> kind.typeId().equals(typeId)).findFirst();
    }

    /** Tells {@code listener} each time the installed kinds change, on the thread that changed them. */
    void addChangeListener(Runnable listener);

    /** Stops telling {@code listener}. */
    void removeChangeListener(Runnable listener);
}
