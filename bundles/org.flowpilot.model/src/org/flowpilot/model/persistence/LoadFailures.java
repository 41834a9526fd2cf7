package org.flowpilot.model.persistence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.persistence.ModelFileException.Problem;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** The one place that turns a failed load (EMF diagnostics, parser errors, I/O) into a {@link ModelFileException}. */
final class LoadFailures {

    private LoadFailures() {
    }

    static ModelFileException describe(String fileName, Resource resource, Exception failure) {
        Resource.Diagnostic diagnostic = resource == null || resource.getErrors().isEmpty() ? null
                : resource.getErrors().get(0);
        if (diagnostic == null) {
            SAXParseException malformed = resource != null ? wellFormednessError(resource) : null;
            if (malformed != null) {
                // EMF or its parser stumbled over malformed XML without a diagnostic (seen: EMF's own reading of a
                // broken encoding declaration; Xerces' "Scanner State 24 not Recognized" for a DOCTYPE inside the
                // root element); a strict parse of the file says where.
                int line = malformed.getLineNumber() > 0 ? malformed.getLineNumber() : 1;
                return new ModelFileException(fileName, line, Math.max(malformed.getColumnNumber(), 0),
                        Problem.MALFORMED_XML, "malformed XML: " + messageOf(malformed), failure);
            }
            int[] doctype = resource != null ? doctypePosition(resource) : null;
            if (doctype != null) {
                // The JDK's parser fails on a DOCTYPE inside the root element with an internal error and no
                // position ("Scanner State 24 not Recognized"), in the strict parse too.
                return new ModelFileException(fileName, doctype[0], doctype[1], Problem.DOCTYPE_REFUSED,
                        DoctypeRefusal.DETAIL, failure);
            }
            return withoutDiagnostic(fileName, failure);
        }
        int line = Math.max(diagnostic.getLine(), 0);
        int column = Math.max(diagnostic.getColumn(), 0);
        SAXParseException parse = find(diagnostic, SAXParseException.class);
        if (parse != null && DoctypeRefusal.DETAIL.equals(parse.getMessage())) {
            return new ModelFileException(fileName, line, column, Problem.DOCTYPE_REFUSED, DoctypeRefusal.DETAIL,
                    failure);
        }
        if (parse != null) {
            if (line == 0) {
                // The parser reports no position for errors it finds before it starts scanning: the encoding in the
                // XML declaration, which is on line 1.
                line = parse.getLineNumber() > 0 ? parse.getLineNumber() : 1;
                column = parse.getLineNumber() > 0 ? Math.max(parse.getColumnNumber(), 0) : 0;
            }
            return new ModelFileException(fileName, line, column, Problem.MALFORMED_XML,
                    "malformed XML: " + messageOf(parse), failure);
        }
        if (line == 0) {
            int[] position = referencePosition(resource, diagnostic);
            line = position[0];
            column = position[1];
        }
        return new ModelFileException(fileName, line, column, Problem.UNKNOWN_CONTENT, unknownContent(diagnostic),
                failure);
    }

    /**
     * Where the reference of a failed {@link IllegalValueException} or {@link UnresolvedReferenceException} is
     * written, as {line, column}, or {0, 0}. EMF resolves references at the end of the document and reports them
     * without a position; the element that holds the reference is found by its xmi:id, then the attribute after it.
     */
    private static int[] referencePosition(Resource resource, Resource.Diagnostic diagnostic) {
        EObject holder;
        EStructuralFeature feature;
        if (diagnostic instanceof IllegalValueException illegal) {
            holder = illegal.getObject();
            feature = illegal.getFeature();
        } else if (diagnostic instanceof UnresolvedReferenceException unresolved) {
            holder = unresolved.getObject();
            feature = unresolved.getFeature();
        } else {
            return new int[2];
        }
        String id = resource instanceof XMLResource xml && holder != null ? xml.getID(holder) : null;
        if (id == null || feature == null) {
            return new int[2];
        }
        String text = textOf(resource);
        if (text == null) {
            return new int[2];
        }
        int element = text.indexOf("xmi:id=\"" + id + "\"");
        if (element < 0) {
            return new int[2];
        }
        int start = text.lastIndexOf('<', element);
        int end = text.indexOf('>', element);
        int attribute = text.indexOf(" " + feature.getName() + "=\"", start);
        int at = attribute >= 0 && (end < 0 || attribute < end) ? attribute + 1 : start;
        return lineAndColumn(text, at);
    }

    /** Where the file's first {@code <!DOCTYPE} is, as {line, column}, or null when it has none or is unreadable. */
    private static int[] doctypePosition(Resource resource) {
        String text = textOf(resource);
        int at = text == null ? -1 : text.indexOf("<!DOCTYPE");
        return at < 0 ? null : lineAndColumn(text, at);
    }

    private static String textOf(Resource resource) {
        try (InputStream in = resource.getResourceSet() == null
                ? URIConverter.INSTANCE.createInputStream(resource.getURI())
                : resource.getResourceSet().getURIConverter().createInputStream(resource.getURI())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int[] lineAndColumn(String text, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    /** The first well-formedness error of the resource's file, or null when it is well-formed or unreadable. */
    private static SAXParseException wellFormednessError(Resource resource) {
        try (InputStream in = resource.getResourceSet() == null
                ? URIConverter.INSTANCE.createInputStream(resource.getURI())
                : resource.getResourceSet().getURIConverter().createInputStream(resource.getURI())) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(in, new DefaultHandler());
            return null;
        } catch (SAXParseException e) {
            return e;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            return null;
        }
    }

    static ModelFileException notAModel(String fileName) {
        return new ModelFileException(fileName, 0, 0, Problem.NOT_A_MODEL,
                "it holds no Flowpilot model (the root element must be autopilot:AutopilotModel)", null);
    }

    // EMF's own messages print objects with their hash codes; these name the type and the feature instead.
    private static String unknownContent(Resource.Diagnostic diagnostic) {
        if (diagnostic instanceof IllegalValueException illegal) {
            return "'" + illegal.getFeature().getName() + "' of " + a(illegal.getObject()) + " cannot be "
                    + valueOf(illegal.getValue()) + ": expected " + expected(illegal.getFeature());
        }
        if (diagnostic instanceof FeatureNotFoundException unknown) {
            return "unknown attribute or element '" + unknown.getName() + "'"
                    + (unknown.getObject() == null ? "" : " in " + a(unknown.getObject()));
        }
        if (diagnostic instanceof UnresolvedReferenceException unresolved) {
            return "'" + unresolved.getReference() + "' refers to no element of this file ('"
                    + unresolved.getFeature().getName() + "' of " + a(unresolved.getObject()) + ")";
        }
        if (diagnostic instanceof ClassNotFoundException unknownClass) {
            return "unknown element type '" + unknownClass.getName() + "'";
        }
        if (diagnostic instanceof PackageNotFoundException unknownPackage) {
            return "unknown namespace '" + unknownPackage.uri() + "'; expected " + FlowpilotPackage.eNS_URI;
        }
        return "not a Flowpilot model element: " + withoutLocation(diagnostic.getMessage());
    }

    private static String a(EObject object) {
        if (object == null) {
            return "an element";
        }
        String type = object.eClass().getName();
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static String valueOf(Object value) {
        return value instanceof EObject element ? a(element) : "'" + value + "'";
    }

    private static String expected(EStructuralFeature feature) {
        String type = feature.getEType().getName();
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static ModelFileException withoutDiagnostic(String fileName, Exception failure) {
        UnsupportedEncodingException encoding = find(failure, UnsupportedEncodingException.class);
        if (encoding != null) {
            return new ModelFileException(fileName, 1, 0, Problem.MALFORMED_XML, "malformed XML: the XML"
                    + " declaration names an encoding Java cannot read: " + messageOf(encoding), failure);
        }
        if (find(failure, FileNotFoundException.class) != null || find(failure, NoSuchFileException.class) != null) {
            return new ModelFileException(fileName, 0, 0, Problem.UNREADABLE, "no such model file", failure);
        }
        if (find(failure, AccessDeniedException.class) != null) {
            return new ModelFileException(fileName, 0, 0, Problem.UNREADABLE, "no permission to read it", failure);
        }
        if (find(failure, IOException.class) != null) {
            return new ModelFileException(fileName, 0, 0, Problem.UNREADABLE,
                    "cannot read it: " + messageOf(deepest(failure)), failure);
        }
        return new ModelFileException(fileName, 0, 0, Problem.UNKNOWN_CONTENT,
                "cannot read the model: " + messageOf(deepest(failure)), failure);
    }

    private static <T extends Throwable> T find(Object start, Class<T> type) {
        for (Throwable cause = start instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static Throwable deepest(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                deepest = cause;
            }
        }
        return deepest;
    }

    // EMF appends "(file:/..., 3, 17)" to its diagnostics; the file and position are already in front.
    private static String withoutLocation(String message) {
        return message == null ? "" : message.replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", "");
    }

    private static String messageOf(Throwable throwable) {
        String message = throwable.getMessage();
        return message == null || message.isBlank() ? throwable.getClass().getSimpleName() : message.strip();
    }
}
