package org.flowpilot.model.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.validation.AutopilotValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model and library on a plain JVM, with nothing read from plugin.xml. */
class OutsideOsgiTest {

    @TempDir
    Path folder;

    @Test
    void theExampleLoadsValidatesAndRoundTripsWithoutOsgi() throws IOException {
        AutopilotModel contoso = ExampleModels.contoso();
        assertEquals(Diagnostic.OK, AutopilotValidator.validate(contoso).getSeverity());
        URI copy = URI.createFileURI(folder.resolve("contoso.autopilot").toString());
        AutopilotModel reference = EcoreUtil.copy(contoso);
        AutopilotPersistence.save(contoso, copy);
        assertTrue(EcoreUtil.equals(reference, AutopilotPersistence.load(copy)));
    }

    @Test
    void globalRegistrationLetsAnyResourceSetReadAutopilotFiles() throws IOException {
        URI uri = URI.createFileURI(folder.resolve("global.autopilot").toString());
        AutopilotPersistence.save(ExampleModels.contoso(), uri);
        AutopilotPersistence.registerGlobally();
        Resource resource = new ResourceSetImpl().getResource(uri, true);
        AutopilotModel loaded = (AutopilotModel) resource.getContents().get(0);
        assertEquals("Contoso", loaded.getName());
        assertTrue(resource instanceof XMLResource xml && xml.getID(loaded) != null);
    }

    @Test
    void theBenchmarkModelHasTheSizeAskedFor() {
        AutopilotModel model = PersistenceBenchmark.generate(10_000);
        int count = 1;
        for (var contents = model.eAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        assertTrue(count >= 10_000 && count < 10_100, "elements: " + count);
    }
}
