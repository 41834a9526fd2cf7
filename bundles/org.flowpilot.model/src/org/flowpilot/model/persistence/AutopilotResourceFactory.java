package org.flowpilot.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Creates the XMI resources of {@code .autopilot} files: every element carries a UUID as its {@code xmi:id}, kept
 * across loads and saves, so references and diagram layouts survive edits and reordering.
 * <p>
 * A file with a {@code <!DOCTYPE>} is refused: the load fails with a {@link Resource#getErrors() resource error}
 * at the declaration, before any DTD is fetched or any entity declared or expanded, however the resource is loaded
 * (through {@link AutopilotPersistence}, a resource set of the workbench, or the importers).
 */
public class AutopilotResourceFactory extends XMIResourceFactoryImpl {

    /** The file extension of Flowpilot model files. */
    public static final String FILE_EXTENSION = "autopilot";

    // Defence in depth behind the refusal: even a parser that skipped the DOCTYPE callback would fetch nothing.
    private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new AutopilotResource(uri);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_USE_PARSER_POOL,
                AutopilotPersistence.PARSER_POOL);
        // The lexical handler is what hears about a DOCTYPE before the parser reads its content.
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.TRUE);
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        // EMF's options for large files (a tenant's 100,000 devices are 400 MB): look element and attribute names up
        // once, attach each element to the tree once it is complete.
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
        return resource;
    }

    /**
     * EMF's XMI writer, with a first look at each value for characters XML must escape: most values (names, ids,
     * 4,000-character hardware hashes) have none and are written as they are; the others go through EMF's escaping.
     * Saving 100,000 devices spent a third of its time copying hashes through the escaper.
     */
    private static final class AutopilotSave extends XMISaveImpl {

        AutopilotSave(XMLHelper helper) {
            super(helper);
        }

        @Override
        protected void init(XMLResource resource, Map<?, ?> options) {
            super.init(resource, options);
            if (escape != null) {
                escape = new PlainValuesAsTheyAre(escape);
            }
        }

        private static final class PlainValuesAsTheyAre extends Escape {

            private final Escape escape;

            PlainValuesAsTheyAre(Escape escape) {
                this.escape = escape;
            }

            @Override
            public String convert(String input) {
                for (int i = 0; i < input.length(); i++) {
                    char c = input.charAt(i);
                    if (c < ' ' || c > '~' || c == '&' || c == '<' || c == '"') {
                        return escape.convert(input);
                    }
                }
                return input;
            }

            @Override
            public String convertText(String input) {
                return escape.convertText(input);
            }

            @Override
            public String convertLines(String input) {
                return escape.convertLines(input);
            }
        }
    }

    private static final class AutopilotResource extends XMIResourceImpl {

        AutopilotResource(URI uri) {
            super(uri);
        }

        @Override
        protected boolean useUUIDs() {
            return true;
        }

        @Override
        protected XMLLoad createXMLLoad() {
            return new XMILoadImpl(createXMLHelper()) {
                @Override
                protected DefaultHandler makeDefaultHandler() {
                    return new SAXXMIHandler(resource, helper, options) {
                        @Override
                        public void startDTD(String name, String publicId, String systemId) {
                            throw new DoctypeRefusal(locator);
                        }

                        @Override
                        protected void handleUnknownFeature(String prefix, String name, boolean isElement,
                                EObject peekObject, String value) {
                            if (!isElement && RemovedFeatures.isRemoved(peekObject, name)) {
                                // Files saved before the feature was removed still open; the next save drops it.
                                warning(new XMIException(RemovedFeatures.message(peekObject, name), getLocation(),
                                        getLineNumber(), getColumnNumber()));
                                return;
                            }
                            super.handleUnknownFeature(prefix, name, isElement, peekObject, value);
                        }
                    };
                }
            };
        }

        @Override
        protected XMLSave createXMLSave() {
            return new AutopilotSave(createXMLHelper());
        }

        @Override
        protected XMLSave createXMLSave(Map<?, ?> options) {
            return createXMLSave();
        }

        @Override
        protected XMLLoad createXMLLoad(Map<?, ?> options) {
            // Even OPTION_SUPPRESS_XMI must not bypass the refusing handler.
            return createXMLLoad();
        }

        @Override
        public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
            try {
                super.doLoad(inputStream, options);
            } catch (DoctypeRefusal refusal) {
                String location = getURI() == null ? null : getURI().toString();
                XMIException diagnostic = new XMIException(new SAXParseException(DoctypeRefusal.DETAIL, null,
                        location, refusal.line(), refusal.column()), location, refusal.line(), refusal.column());
                getErrors().add(diagnostic);
                throw new Resource.IOWrappedException(diagnostic);
            }
        }
    }
}
