package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void valuesWithCharactersXmlEscapesSurviveSaveAndLoad() throws IOException {
        Fixture fx = new Fixture();
        String[] names = {"R&D <laptops> \"shared\"", "line one\nline two\ttabbed\r", "Müller's Gerät", "emoji 😀",
            "plain-ASCII_name.1"};
        for (int i = 0; i < names.length; i++) {
            fx.model.getUsers().add(Fixture.F.createUser());
            fx.model.getUsers().get(fx.model.getUsers().size() - 1).setName(names[i]);
        }
        AutopilotModel loaded = roundTrip(fx.model, "escapes.autopilot");
        List<String> loadedNames = loaded.getUsers().stream().map(u -> u.getName()).toList();
        for (String name : names) {
            assertTrue(loadedNames.contains(name), () -> name + " not in " + loadedNames);
        }
        String text = Files.readString(folder.resolve("escapes.autopilot"));
        assertTrue(text.contains("name=\"plain-ASCII_name.1\""), text);
        assertTrue(text.contains("R&amp;D &lt;laptops> &quot;shared&quot;"), text);
    }

    @Test
    void theAutopilotExtensionWorksWithoutOsgiRegistration() {
        Resource resource = AutopilotPersistence.newResourceSet()
                .createResource(URI.createFileURI(folder.resolve("x.autopilot").toString()));
        assertTrue(resource instanceof XMLResource, String.valueOf(resource));
    }
}
