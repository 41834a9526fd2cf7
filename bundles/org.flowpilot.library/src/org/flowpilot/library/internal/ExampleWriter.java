package org.flowpilot.library.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AutopilotPersistence;

/**
 * Writes {@code examples/contoso.autopilot} from {@link ContosoExample}. Ids are UUIDs derived from each element's
 * place in the model, so writing again gives the same file.
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
        String path = model.getName() + "/" + EcoreUtil.getRelativeURIFragmentPath(model, element);
        return "_" + UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8));
    }
}
