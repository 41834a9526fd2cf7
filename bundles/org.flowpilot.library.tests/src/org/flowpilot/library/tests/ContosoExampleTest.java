package org.flowpilot.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.library.internal.ContosoExample;
import org.flowpilot.library.internal.ExampleWriter;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.model.validation.AutopilotValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContosoExampleTest {

    private final AutopilotModel contoso = ExampleModels.contoso();

    @Test
    void theBundledExampleIsWhatTheBuilderMakes() {
        assertTrue(EcoreUtil.equals(ContosoExample.build(), contoso),
                "examples/contoso.autopilot is out of date: rewrite it with ExampleWriter (see the model README)");
    }

    @Test
    void theExampleValidatesWithoutErrorsOrWarnings() {
        Diagnostic result = AutopilotValidator.validate(contoso);
        assertEquals(List.of(), result.getChildren().stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void theProfileIsAPreProvisionedEntraJoinHidingLicenseTermsAndPrivacy() {
        DeploymentProfile profile = contoso.getProfiles().get(0);
        assertEquals(JoinType.ENTRA_JOINED, profile.getJoinType());
        assertTrue(profile.isAllowPreProvisionedDeployment());
        assertEquals(List.of(ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY), profile.getHiddenScreens());
    }

    @Test
    void aWindows11EthernetLaptopWithAnMfaUserAndAWindows10WifiDesktopGetTheProfile() {
        Device laptop = contoso.getDevices().get(0);
        Device desktop = contoso.getDevices().get(1);
        assertEquals(WindowsVersion.WINDOWS11, laptop.getWindowsVersion());
        assertEquals(Connectivity.ETHERNET, laptop.getConnectivity());
        assertTrue(laptop.getAssignedUser().isMfaRequired());
        assertEquals(WindowsVersion.WINDOWS10, desktop.getWindowsVersion());
        assertEquals(Connectivity.WIFI, desktop.getConnectivity());
        for (Device device : List.of(laptop, desktop)) {
            assertEquals(contoso.getProfiles().get(0), AutopilotQueries.effectiveProfile(device).orElseThrow());
            assertTrue(AutopilotQueries.deviceTargetedEsp(device).isPresent());
        }
    }

    @Test
    void theEspTracksItemsInAllThreePhasesAndBothFlowsHaveScenarios() {
        var esp = contoso.getEnrollmentStatusPages().get(0);
        assertEquals(List.of(EspPhaseKind.DEVICE_PREPARATION, EspPhaseKind.DEVICE_SETUP, EspPhaseKind.ACCOUNT_SETUP),
                esp.getPhases().stream().map(phase -> phase.getKind()).toList());
        esp.getPhases().forEach(phase -> assertTrue(phase.getTrackedItems().size() >= 3, phase.getKind().getLiteral()));
        assertEquals(List.of(FlowKind.PRE_PROVISIONING_TECHNICIAN, FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN),
                contoso.getFlows().stream().map(Flow::getKind).toList());
        Set<Flow> run = contoso.getScenarios().stream().map(s -> s.getFlow()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(contoso.getFlows()), run);
        assertTrue(contoso.getScenarios().size() >= 4);
    }

    @Test
    void aStepAddedToAFlowLeavesTheOtherIdsAsTheyWere(@TempDir Path folder) throws IOException {
        XMLResource before = (XMLResource) ExampleWriter.write(ContosoExample.build(),
                URI.createFileURI(folder.resolve("before.autopilot").toString()));
        AutopilotModel changed = ContosoExample.build();
        Flow userFlow = changed.getFlows().get(1);
        ScreenStep added = FlowpilotFactory.eINSTANCE.createScreenStep();
        added.setName("A screen a future document adds");
        userFlow.getSteps().add(0, added);
        XMLResource after = (XMLResource) ExampleWriter.write(changed,
                URI.createFileURI(folder.resolve("after.autopilot").toString()));
        AutopilotModel original = (AutopilotModel) before.getContents().get(0);
        List<EObject> was = new ArrayList<>();
        original.eAllContents().forEachRemaining(was::add);
        List<EObject> is = new ArrayList<>();
        changed.eAllContents().forEachRemaining(element -> {
            if (element != added) {
                is.add(element);
            }
        });
        assertEquals(was.size(), is.size());
        for (int i = 0; i < was.size(); i++) {
            assertEquals(before.getID(was.get(i)), after.getID(is.get(i)), String.valueOf(was.get(i)));
        }
        assertEquals(Set.copyOf(is.stream().map(after::getID).toList()).size(), is.size(), "ids stay unique");
    }
}
