package org.flowpilot.engine;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The stable ids step records, breakpoints and diagrams use for model elements. An element of a loaded or saved
 * {@code .autopilot} file is known by its {@code xmi:id} (a UUID that survives edits and reordering); an element in
 * no resource yet, such as a standard flow just built, by its path in its containment tree ({@code //@steps.3}),
 * which is the same every time the flow is built. Steps the engine adds are known by
 * {@link StepKind#engineElementId()}.
 *
 * @since 1.0
 */
public final class ElementIds {

    private ElementIds() {
    }

    /** The id of {@code element}. */
    public static String of(EObject element) {
        Resource resource = element.eResource();
        if (resource != null) {
            return resource.getURIFragment(element);
        }
        EObject root = EcoreUtil.getRootContainer(element);
        return root == element ? "/" : "//" + EcoreUtil.getRelativeURIFragmentPath(root, element);
    }
}
