package org.flowpilot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.Step;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ItemProvidersTest {

    private final ComposedAdapterFactory factory = AutopilotItemProviders.createAdapterFactory();
    private final AutopilotModel contoso = ExampleModels.contoso();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private String label(Object element) {
        return ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getText(element);
    }

    private Step step(Flow flow, String name) {
        return flow.getSteps().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aScreenTheProfileHidesSaysWhichProfileHidesIt() {
        Flow userFlow = contoso.getFlows().get(1);
        assertEquals("Privacy — hidden by Contoso pre-provisioned Entra join profile",
                label(step(userFlow, "Privacy")));
        assertEquals("Keyboard", label(step(userFlow, "Keyboard")));
        assertEquals("Keyboard layout — shown before the profile downloads", label(step(userFlow, "Keyboard layout")));
    }

    @Test
    void profilesUsersDevicesAndTransitionsReadAsAnAdminWouldSayThem() {
        assertEquals("Contoso pre-provisioned Entra join (User-Driven, Microsoft Entra joined) — hides License Terms,"
                + " Privacy", label(contoso.getProfiles().get(0)));
        assertEquals("Adele Vance <adelev@contoso.com>, MFA", label(contoso.getUsers().get(0)));
        assertEquals("CONTOSO-LT-001 (Windows 11, Ethernet) — Adele Vance", label(contoso.getDevices().get(0)));
        Flow technician = contoso.getFlows().get(0);
        Step setup = step(technician, "ESP: Device setup");
        List<String> transitions = setup.getOutgoing().stream().map(this::label).toList();
        assertEquals(List.of("ESP: Device setup → Pre-provisioning succeeded (green screen) [the step succeeded]",
                "ESP: Device setup → Pre-provisioning failed (red screen) [otherwise]"), transitions);
    }

    @Test
    void everyModelTypeHasItsOwnPngIcon() throws IOException {
        Set<String> icons = new HashSet<>();
        for (EClassifier classifier : FlowpilotPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                EObject element = FlowpilotFactory.eINSTANCE.create(eClass);
                Object image = ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getImage(element);
                URL url = (URL) image;
                assertTrue(url.getPath().endsWith("/" + eClass.getName() + ".png"), url.toString());
                try (InputStream in = url.openStream()) {
                    byte[] header = in.readNBytes(4);
                    assertEquals("PNG", new String(header, 1, 3), url.toString());
                    icons.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        }
        assertTrue(icons.size() >= 38, "icons must differ from type to type: " + icons.size());
    }

    @Test
    void editingTheHiddenScreensThroughAnEditingDomainCanBeUndone() {
        DeploymentProfile profile = contoso.getProfiles().get(0);
        EditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        Command hideKeyboard = SetCommand.create(domain, profile,
                FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDDEN_SCREENS,
                List.of(ScreenKind.KEYBOARD, ScreenKind.LICENSE_TERMS));
        assertTrue(hideKeyboard.canExecute());
        domain.getCommandStack().execute(hideKeyboard);
        assertEquals(List.of(ScreenKind.LANGUAGE_REGION, ScreenKind.KEYBOARD, ScreenKind.LICENSE_TERMS),
                profile.getHiddenScreens());
        assertEquals(ScreenVisibility.SHOW, profile.getPrivacySettings());
        domain.getCommandStack().undo();
        assertEquals(List.of(ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY), profile.getHiddenScreens());
        assertEquals(LanguageRegion.USER_SELECT, profile.getLanguageRegion());
        assertFalse(profile.isAutomaticallyConfigureKeyboard());
    }

    @Test
    void theHiddenScreensAreAnEditablePropertyOfTheProfile() {
        DeploymentProfile profile = contoso.getProfiles().get(0);
        IItemPropertySource source = (IItemPropertySource) factory.adapt(profile, IItemPropertySource.class);
        IItemPropertyDescriptor hiddenScreens = source.getPropertyDescriptors(profile).stream()
                .filter(d -> d.getFeature(profile) == FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDDEN_SCREENS)
                .findFirst().orElse(null);
        assertNotNull(hiddenScreens);
        assertTrue(hiddenScreens.canSetProperty(profile));
        hiddenScreens.setPropertyValue(profile, List.of(ScreenKind.LICENSE_TERMS));
        assertEquals(ScreenVisibility.SHOW, profile.getPrivacySettings());
        assertEquals(List.of(ScreenKind.LICENSE_TERMS), profile.getHiddenScreens());
    }
}
