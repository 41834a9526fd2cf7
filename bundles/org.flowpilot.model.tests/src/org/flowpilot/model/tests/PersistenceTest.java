package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path folder;

    private AutopilotModel roundTrip(AutopilotModel model, String name) throws IOException {
        URI uri = URI.createFileURI(folder.resolve(name).toString());
        AutopilotPersistence.save(model, uri);
        return AutopilotPersistence.load(uri);
    }

    @Test
    void aModelSurvivesSaveAndLoadUnchanged() throws IOException {
        Fixture fx = new Fixture();
        fx.profile.getHiddenScreens().add(ScreenKind.PRIVACY);
        AutopilotModel copy = EcoreUtil.copy(fx.model);
        AutopilotModel loaded = roundTrip(fx.model, "fabrikam.autopilot");
        assertTrue(EcoreUtil.equals(copy, loaded), "the loaded model differs from the saved one");
        assertSame(loaded.getUsers().get(0), loaded.getDevices().get(0).getAssignedUser());
        assertSame(loaded.getFlows().get(0).getSteps().get(0), loaded.getFlows().get(0).getStart());
        assertEquals(2, loaded.getFlows().get(0).getTransitions().size());
        assertEquals(1, loaded.getFlows().get(0).getSteps().get(0).getOutgoing().size(),
                "the transient outgoing transitions are rebuilt from the transitions' sources");
        assertTrue(loaded.getProfiles().get(0).getHiddenScreens().contains(ScreenKind.PRIVACY));
    }

    @Test
    void everyElementKeepsItsIdAcrossSaves() throws IOException {
        Fixture fx = new Fixture();
        AutopilotModel first = roundTrip(fx.model, "first.autopilot");
        XMLResource firstResource = (XMLResource) first.eResource();
        String deviceId = firstResource.getID(first.getDevices().get(0));
        assertNotNull(deviceId);
        first.getDevices().add(0, Fixture.F.createDevice());
        AutopilotModel second = roundTrip(first, "second.autopilot");
        XMLResource secondResource = (XMLResource) second.eResource();
        assertEquals(deviceId, secondResource.getID(second.getDevices().get(1)));
        for (EObject element : (Iterable<EObject>) second::eAllContents) {
            assertNotNull(secondResource.getID(element), () -> "no id for " + element);
        }
    }

    @Test
    void savingTwiceWritesTheSameBytes() throws IOException {
        AutopilotModel loaded = roundTrip(new Fixture().model, "a.autopilot");
        Path first = folder.resolve("a.autopilot");
        String before = Files.readString(first);
        loaded.eResource().save(null);
        assertEquals(before, Files.readString(first));
        assertTrue(before.contains("xmi:id="), before);
    }

    @Test
    void theAutopilotExtensionWorksWithoutOsgiRegistration() {
        Resource resource = AutopilotPersistence.newResourceSet()
                .createResource(URI.createFileURI(folder.resolve("x.autopilot").toString()));
        assertTrue(resource instanceof XMLResource, String.valueOf(resource));
    }
}
