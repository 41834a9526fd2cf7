package org.flowpilot.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.FlowpilotPackage;

/**
 * Loading and saving {@code .autopilot} files, inside or outside OSGi.
 * <p>
 * Outside OSGi nothing reads plugin.xml, so {@link #newResourceSet()} registers the package and the resource factory
 * on the resource set it returns; {@link #registerGlobally()} does the same in EMF's global registries for code
 * that uses its own resource sets.
 */
public final class AutopilotPersistence {

    static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();

    private AutopilotPersistence() {
    }

    /** Registers the Flowpilot package and the {@code .autopilot} resource factory in EMF's global registries. */
    public static void registerGlobally() {
        EPackage.Registry.INSTANCE.put(FlowpilotPackage.eNS_URI, FlowpilotPackage.eINSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                .putIfAbsent(AutopilotResourceFactory.FILE_EXTENSION, new AutopilotResourceFactory());
    }

    /** A resource set that reads and writes {@code .autopilot} files without any global registration. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(FlowpilotPackage.eNS_URI, FlowpilotPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(AutopilotResourceFactory.FILE_EXTENSION, new AutopilotResourceFactory());
        return resourceSet;
    }

    /**
     * Loads the model at {@code uri} into a new resource set.
     *
     * @throws ModelFileException when the file cannot be read or holds no well-formed Flowpilot model; its message
     *         is one line naming the file (as a file path for {@code file:} URIs) and the line
     */
    public static AutopilotModel load(URI uri) throws ModelFileException {
        return load(uri, uri.isFile() ? uri.toFileString() : uri.toString());
    }

    /**
     * Loads the model file {@code file} into a new resource set.
     *
     * @throws ModelFileException when the file cannot be read or holds no well-formed Flowpilot model; its message
     *         is one line naming {@code file} as given and the line
     */
    public static AutopilotModel load(Path file) throws ModelFileException {
        return load(URI.createFileURI(file.toAbsolutePath().toString()), file.toString());
    }

    private static AutopilotModel load(URI uri, String fileName) throws ModelFileException {
        Resource resource = newResourceSet().createResource(uri);
        try {
            resource.load(Map.of());
        } catch (IOException | RuntimeException e) {
            throw LoadFailures.describe(fileName, resource, e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AutopilotModel model)) {
            throw LoadFailures.notAModel(fileName);
        }
        return model;
    }

    /** Saves {@code model} to {@code uri}, in its own resource when it has none yet. */
    public static Resource save(AutopilotModel model, URI uri) throws IOException {
        Resource resource = model.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(model);
        } else {
            resource.setURI(uri);
        }
        resource.save(Map.of());
        return resource;
    }
}
