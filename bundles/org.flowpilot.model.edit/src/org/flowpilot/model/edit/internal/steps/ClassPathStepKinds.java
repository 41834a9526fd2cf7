package org.flowpilot.model.edit.internal.steps;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.flowpilot.model.edit.steps.ContributedStepKind;
import org.flowpilot.model.edit.steps.StepKindCatalogue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The step kinds the {@code plugin.xml} files on a plain class path declare, read once: the class path does not
 * change while the JVM runs. A file that cannot be read is skipped, saying so on standard error.
 */
public final class ClassPathStepKinds implements StepKindCatalogue {

    private final List<ContributedStepKind> kinds;

    private ClassPathStepKinds(List<ContributedStepKind> kinds) {
        this.kinds = kinds;
    }

    /** The kinds declared in the {@code plugin.xml} files {@code loader} sees. */
    public static ClassPathStepKinds read(ClassLoader loader) {
        List<ContributedStepKind> declared = new ArrayList<>();
        try {
            for (URL plugin : Collections.list(loader.getResources("plugin.xml"))) {
                try {
                    declared.addAll(kinds(plugin));
                } catch (Exception e) {
                    System.err.println("flowpilot: left out the step kinds of " + plugin + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            System.err.println("flowpilot: could not list the plugin.xml files on the class path: " + e.getMessage());
        }
        return new ClassPathStepKinds(StepKindList.of(declared));
    }

    private static List<ContributedStepKind> kinds(URL plugin) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // A plugin.xml needs no DTD and no entities; refusing them keeps a hostile jar from reading files.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Document document;
        try (InputStream in = plugin.openStream()) {
            document = factory.newDocumentBuilder().parse(in);
        }
        String contributor = contributor(plugin);
        List<ContributedStepKind> kinds = new ArrayList<>();
        NodeList extensions = document.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element extension = (Element) extensions.item(i);
            if (!EXTENSION_POINT.equals(extension.getAttribute("point"))) {
                continue;
            }
            NodeList declared = extension.getElementsByTagName("stepKind");
            for (int j = 0; j < declared.getLength(); j++) {
                Element element = (Element) declared.item(j);
                String typeId = element.getAttribute("typeId");
                String name = element.getAttribute("name");
                if (!StepKindList.complete(typeId, name)) {
                    continue;
                }
                String icon = element.getAttribute("icon");
                kinds.add(new ContributedStepKind(typeId.strip(), name.strip(), element.getAttribute("description"),
                        element.getAttribute("category"), icon.isBlank() ? null : beside(plugin, icon), contributor));
            }
        }
        return kinds;
    }

    // The file at the relative path beside the plugin.xml; jar: URLs do not resolve relative paths themselves.
    private static URL beside(URL plugin, String path) throws Exception {
        String base = plugin.toString();
        return URI.create(base.substring(0, base.lastIndexOf('/') + 1) + path.replaceFirst("^/", "")).toURL();
    }

    // The jar or folder holding the plugin.xml.
    private static String contributor(URL plugin) {
        String url = plugin.toString();
        if (url.startsWith("jar:file:") && url.contains("!/")) {
            return url.substring("jar:file:".length(), url.indexOf("!/"));
        }
        return url.startsWith("file:") ? url.substring("file:".length(), url.length() - "plugin.xml".length()) : url;
    }

    @Override
    public List<ContributedStepKind> stepKinds() {
        return kinds;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        // Nothing changes on a plain class path.
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        // Nothing changes on a plain class path.
    }
}
