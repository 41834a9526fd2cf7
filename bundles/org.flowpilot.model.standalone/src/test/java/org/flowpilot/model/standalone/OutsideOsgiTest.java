package org.flowpilot.model.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
    void theBenchmarkModelHasTheSizeAskedFor() {
        AutopilotModel model = PersistenceBenchmark.generate(10_000);
        int count = 1;
        for (var contents = model.eAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        assertTrue(count >= 10_000 && count < 10_100, "elements: " + count);
    }
}
