package org.flowpilot.example.extension.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.eclipse.emf.common.util.URI;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.edit.labels.StepKindCatalogues;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.validation.ContributedRules;
import org.flowpilot.preview.ScreenPreviews;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The example extension's jar, installed into the running framework and taken out again, as a user would. */
final class ExampleExtension {

    static final String SYMBOLIC_NAME = "org.flowpilot.example.extension";
    static final String TYPE_ID = "org.flowpilot.example.bitlocker-escrow";
    static final String SCREEN_ID = "bitlocker-escrow";
    static final String RULE_ID = "BLK01";
    static final String LAPTOP = "Megan's laptop saves its recovery key";
    static final String VIRTUAL_MACHINE = "A virtual machine without TPM stays unencrypted";

    private ExampleExtension() {
    }

    static BundleContext context() {
        Bundle tests = FrameworkUtil.getBundle(ExampleExtension.class);
        return tests.getBundleContext();
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("flowpilot.exampleExtension", "missing"));
        assertTrue(Files.isRegularFile(jar), "the example extension's jar should be built first: " + jar);
        return jar;
    }

    static Path model() {
        return Path.of(System.getProperty("flowpilot.exampleModel", "missing"));
    }

    /** The example model, read from the extension's examples folder. */
    static AutopilotModel loadModel() {
        try {
            return AutopilotPersistence.load(URI.createFileURI(model().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario scenario(AutopilotModel model, String name) {
        return model.getScenarios().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    static CustomStep escrowStep(AutopilotModel model) {
        return model.getFlows().get(0).getSteps().stream().filter(CustomStep.class::isInstance)
                .map(CustomStep.class::cast).findFirst().orElseThrow();
    }

    static Bundle installed() {
        for (Bundle bundle : context().getBundles()) {
            if (SYMBOLIC_NAME.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    /** Installs the jar and starts the bundle, then waits until each of its contributions is in place. */
    static Bundle installAndStart() throws BundleException, InterruptedException {
        assertNull(installed(), "the example extension must not be in the test runtime before the test installs it");
        Bundle bundle = context().installBundle(jar().toUri().toString());
        bundle.start();
        awaitContributions(true);
        return bundle;
    }

    /** Waits until every contribution of the extension is present, or gone. */
    static void awaitContributions(boolean present) throws InterruptedException {
        await("the step kind in the catalogue", () -> StepKindCatalogues.installed().find(TYPE_ID).isPresent() == present);
        await("the step executor", () -> FlowEngine.installedExtensions().stepExecutors().stream()
                .anyMatch(e -> e.getClass().getName().startsWith(SYMBOLIC_NAME)) == present);
        await("the run listener", () -> FlowEngine.installedExtensions().runListeners().stream()
                .anyMatch(l -> l.getClass().getName().startsWith(SYMBOLIC_NAME)) == present);
        await("the validation rule", () -> ContributedRules.installed().stream()
                .anyMatch(r -> r.getClass().getName().startsWith(SYMBOLIC_NAME)) == present);
        assertNotNull(ScreenPreviews.standard());
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "waited 10 s for " + what);
            Thread.sleep(20);
        }
    }

    /** The text the XPath {@code expression} selects in a screen's well-formed markup. */
    static String xpath(String markup, String expression) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
            return XPathFactory.newInstance().newXPath().evaluate(expression, document);
        } catch (Exception e) {
            throw new AssertionError("Cannot read " + expression + " in " + markup, e);
        }
    }
}
