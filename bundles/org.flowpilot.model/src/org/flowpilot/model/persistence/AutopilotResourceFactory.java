package org.flowpilot.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates the XMI resources of {@code .autopilot} files: every element carries a UUID as its {@code xmi:id}, kept
 * across loads and saves, so references and diagram layouts survive edits and reordering.
 */
public class AutopilotResourceFactory extends XMIResourceFactoryImpl {

    /** The file extension of Flowpilot model files. */
    public static final String FILE_EXTENSION = "autopilot";

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return true;
            }
        };
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_USE_PARSER_POOL,
                AutopilotPersistence.PARSER_POOL);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
        return resource;
    }
}
