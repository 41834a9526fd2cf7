package org.flowpilot.library.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.Transition;
import org.flowpilot.model.persistence.AutopilotPersistence;

/**
 * Writes {@code examples/contoso.autopilot} from {@link ContosoExample}. Ids are UUIDs derived from each element's
 * path of names in the model (a transition by its source and target), so writing again gives the same file, and a
 * step added to a standard flow leaves the ids of the other elements as they were: diagram layouts and breakpoints
 * keyed by them still find their elements.
 * <p>
 * Usage: {@code ExampleWriter <org.flowpilot.library folder>}.
 */
public final class ExampleWriter {

    private ExampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args.length > 0 ? args[0] : "bundles/org.flowpilot.library");
        Path file = bundle.resolve("examples/contoso.autopilot").toAbsolutePath();
        write(ContosoExample.build(), URI.createFileURI(file.toString()));
        System.out.println("wrote " + file);
    }

    /** Saves {@code model} at {@code uri} with ids that depend only on where each element sits. */
    public static Resource write(AutopilotModel model, URI uri) throws IOException {
        Resource resource = AutopilotPersistence.newResourceSet().createResource(uri);
        resource.getContents().add(model);
        XMLResource xml = (XMLResource) resource;
        xml.setID(model, stableId(model, model));
        for (EObject element : (Iterable<EObject>) model::eAllContents) {
            xml.setID(element, stableId(model, element));
        }
        resource.save(null);
        return resource;
    }

    private static String stableId(AutopilotModel model, EObject element) {
        return "_" + UUID.nameUUIDFromBytes((model.getName() + path(element)).getBytes(StandardCharsets.UTF_8));
    }

    /** The element's path of names: {@code /flows[User flow]/steps[License Terms]}, an index where no name tells. */
    private static String path(EObject element) {
        EObject container = element.eContainer();
        if (container == null) {
            return "";
        }
        EStructuralFeature feature = element.eContainingFeature();
        String key;
        if (element instanceof Transition transition) {
            key = name(transition.getSource()) + "->" + name(transition.getTarget());
        } else if (element instanceof NamedElement named && named.getName() != null) {
            key = named.getName();
        } else {
            key = null;
        }
        if (!feature.isMany()) {
            return path(container) + "/" + feature.getName();
        }
        List<?> siblings = (List<?>) container.eGet(feature);
        if (key == null) {
            return path(container) + "/" + feature.getName() + "." + siblings.indexOf(element);
        }
        // Siblings of one name (two transitions between the same steps) are told apart by their order.
        int occurrence = 0;
        for (Object sibling : siblings.subList(0, siblings.indexOf(element))) {
            if (key.equals(keyOf(sibling))) {
                occurrence++;
            }
        }
        return path(container) + "/" + feature.getName() + "[" + key + (occurrence == 0 ? "" : "#" + occurrence) + "]";
    }

    private static String keyOf(Object element) {
        if (element instanceof Transition transition) {
            return name(transition.getSource()) + "->" + name(transition.getTarget());
        }
        return element instanceof NamedElement named ? named.getName() : null;
    }

    private static String name(NamedElement element) {
        return element == null ? "?" : element.getName();
    }
}
