package org.flowpilot.model.persistence;

import java.io.IOException;
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

    /** Loads the model at {@code uri} into a new resource set. */
    public static AutopilotModel load(URI uri) throws IOException {
        Resource resource = newResourceSet().createResource(uri);
        resource.load(Map.of());
        return (AutopilotModel) resource.getContents().get(0);
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
