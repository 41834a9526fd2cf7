package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code flowpilot simulate --format html --out REPORT.html}: one section per step in the order of the JSON trace,
 * the screen inside each shown step, skipped steps with their reason, nothing written on bad input.
 */
class HtmlReportTest {

    private static final String ADELE = "Adele signs in to her laptop";

    @TempDir
    Path folder;

    @Test
    void everyStepOfTheRunIsASectionWithItsStatusAndItsScreen() throws Exception {
        Path model = Cli.contosoIn(folder);
        Path report = folder.resolve("adele.html");
        Cli html = Cli.run("simulate", model.toString(), "--scenario", ADELE, "--format", "html", "--out",
                report.toString());
        assertEquals(0, html.exitCode(), html.err());
        assertTrue(html.out().contains(report.toString()), html.out());
        JsonArray steps = JsonParser.parseString(Cli.run("simulate", model.toString(), "--scenario", ADELE,
                "--format", "json").out()).getAsJsonObject().getAsJsonArray("steps");

        Document page = parse(Files.readString(report, StandardCharsets.UTF_8));
        List<Element> sections = all(page, "//section[@data-step]");
        assertEquals(steps.size(), sections.size());
        for (int i = 0; i < steps.size(); i++) {
            JsonObject step = steps.get(i).getAsJsonObject();
            Element section = sections.get(i);
            assertEquals("step", section.getAttribute("class").split(" ")[0]);
            assertEquals(step.get("step").getAsString(), section.getAttribute("data-step"));
            assertEquals(step.get("status").getAsString(), section.getAttribute("data-status"));
            List<Element> screens = all(section, ".//section[@data-screen]");
            if (step.get("shown").getAsBoolean() && !step.get("screen").isJsonNull()) {
                assertEquals(1, screens.size(), "the screen of step " + (i + 1));
                assertEquals(step.get("screen").getAsString(), screens.get(0).getAttribute("data-screen"));
                assertEquals("11", screens.get(0).getAttribute("data-windows"));
            } else {
                assertEquals(List.of(), screens, "a screen in step " + (i + 1));
            }
            assertTrue(section.getTextContent().contains(step.get("reason").getAsString()), "the reason of step "
                    + (i + 1));
        }
        Element privacy = all(page, "//section[@data-step][.//h2='Privacy']").get(0);
        assertEquals("skipped", privacy.getAttribute("data-status"));
        assertTrue(page.getDocumentElement().getTextContent().contains("Screens not shown"));
        assertEquals("desktop", all(page, "//*[@data-outcome]").get(0).getAttribute("data-outcome"));
    }

    @Test
    void theReportLoadsNothingFromOutsideThePage() throws Exception {
        Path report = folder.resolve("report.html");
        assertEquals(0, Cli.run("simulate", Cli.contosoIn(folder).toString(), "--scenario", ADELE, "--format", "html",
                "--out", report.toString()).exitCode());
        Document page = parse(Files.readString(report, StandardCharsets.UTF_8));
        assertEquals(List.of(), all(page, "//img | //script | //link | //iframe | //*[@src]"));
        for (Element link : all(page, "//*[@href]")) {
            assertTrue(link.getAttribute("href").startsWith("#step-"), link.getAttribute("href"));
        }
        assertEquals("default-src 'none'; style-src 'unsafe-inline'",
                all(page, "//meta[@http-equiv='Content-Security-Policy']").get(0).getAttribute("content"));
    }

    @Test
    void badInputWritesNothingAndKeepsAnEarlierReport() throws Exception {
        Path model = Cli.contosoIn(folder);
        Path report = folder.resolve("report.html");
        Cli unknown = Cli.run("simulate", model.toString(), "--scenario", "Nobody", "--format", "html", "--out",
                report.toString());
        assertEquals(2, unknown.exitCode());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertFalse(Files.exists(report), "a report written for bad input");

        Files.writeString(report, "an earlier report");
        assertEquals(2, Cli.run("simulate", model.toString(), "--scenario", "Nobody", "--format", "html", "--out",
                report.toString()).exitCode());
        assertEquals("an earlier report", Files.readString(report));

        // A file where the report's folder should be: the report cannot be written, and the command says where.
        Path underAFile = model.resolve("report.html");
        Cli unwritable = Cli.run("simulate", model.toString(), "--scenario", ADELE, "--format", "html", "--out",
                underAFile.toString());
        assertEquals(2, unwritable.exitCode());
        assertEquals(1, unwritable.err().strip().lines().count(), unwritable.err());
        assertTrue(unwritable.err().contains("cannot write " + underAFile), unwritable.err());
        try (var files = Files.list(folder)) {
            assertEquals(List.of("contoso.autopilot", "report.html"), files.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temporary file is left behind");
        }
    }

    @Test
    void withoutOutTheReportGoesToStandardOutput() throws Exception {
        Cli html = Cli.run("simulate", Cli.contosoIn(folder).toString(), "--scenario", ADELE, "--windows", "10",
                "--format", "html");
        assertEquals(0, html.exitCode(), html.err());
        Document page = parse(html.out());
        assertFalse(all(page, "//section[@data-windows='10']").isEmpty());
        assertTrue(all(page, "//section[@data-windows='11']").isEmpty());
    }

    private static Document parse(String html) throws Exception {
        String xml = html.startsWith("<!DOCTYPE html>") ? html.substring("<!DOCTYPE html>".length()) : html;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> all(Object context, String expression) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, context,
                XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

}
