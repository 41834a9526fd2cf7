package org.flowpilot.preview.tests;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A screen's markup parsed for assertions. The renderer writes well-formed markup (void elements self-closed), so an
 * XML parser reads it strictly: a stray or unescaped character fails the parse, and the test with it.
 */
final class Markup {

    private final Document document;

    private Markup(Document document) {
        this.document = document;
    }

    /** Parses {@code html}, a screen's section or a whole document without its doctype line. */
    static Markup parse(String html) {
        String body = html.startsWith("<!DOCTYPE html>") ? html.substring("<!DOCTYPE html>".length()) : html;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Markup(factory.newDocumentBuilder().parse(new InputSource(new StringReader(body))));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed: " + e.getMessage() + "\n" + html, e);
        }
    }

    /** The elements matching the XPath {@code expression}. */
    List<Element> all(String expression) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, document,
                    XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>(nodes.getLength());
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                    elements.add((Element) nodes.item(i));
                }
            }
            return elements;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The one element matching {@code expression}; fails when there are none or several. */
    Element one(String expression) {
        List<Element> found = all(expression);
        if (found.size() != 1) {
            throw new AssertionError("Expected one element for " + expression + ", found " + found.size());
        }
        return found.get(0);
    }

    /** Elements whose class attribute holds {@code name}, as an XPath predicate. */
    static String hasClass(String name) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
    }

    /** The accessible label of a button: its text, else its aria-label. */
    static String label(Element button) {
        String text = button.getTextContent().strip();
        return text.isEmpty() ? button.getAttribute("aria-label") : text;
    }
}
