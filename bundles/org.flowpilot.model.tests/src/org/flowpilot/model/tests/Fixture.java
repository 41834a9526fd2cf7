package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.App;
import org.flowpilot.model.AppType;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.PreparationTask;
import org.flowpilot.model.PreparationTaskKind;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.Step;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.Transition;
import org.flowpilot.model.User;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.Rule;

/**
 * A small Fabrikam model that passes every rule, built fresh for each test; tests break one thing in it and check that
 * exactly the rule about that thing fires.
 */
final class Fixture {

    static final FlowpilotFactory F = FlowpilotFactory.eINSTANCE;
    static final String DOC = "https://github.com/MicrosoftDocs/memdocs/blob/main/autopilot/tutorial/user-driven/azure-ad-join-deploy-device.md";

    final AutopilotModel model = F.createAutopilotModel();
    final User user = F.createUser();
    final Device device = F.createDevice();
    final Group devices = F.createGroup();
    final Group users = F.createGroup();
    final DeploymentProfile profile = F.createDeploymentProfile();
    final EnrollmentStatusPage esp = F.createEnrollmentStatusPage();
    final EspPhase devicePreparation = phase(EspPhaseKind.DEVICE_PREPARATION);
    final EspPhase deviceSetup = phase(EspPhaseKind.DEVICE_SETUP);
    final EspPhase accountSetup = phase(EspPhaseKind.ACCOUNT_SETUP);
    final Flow flow = F.createFlow();
    final Scenario scenario = F.createScenario();

    Fixture() {
        model.setName("Fabrikam");
        model.setOrganizationName("Fabrikam");
        user.setName("Alice");
        user.setDisplayName("Alice Smith");
        user.setUserPrincipalName("alice@fabrikam.com");
        user.setOnPremisesAccount("FABRIKAM\\alice");
        user.setMfaRequired(true);
        model.getUsers().add(user);
        device.setName("FAB-0001");
        device.setSerialNumber("SN0001");
        device.setHardwareHash("T0ZGSUNFLUhBU0g=");
        device.setAssignedUser(user);
        model.getDevices().add(device);
        devices.setName("Autopilot devices");
        devices.setKind(GroupKind.DEVICE_GROUP);
        devices.getDevices().add(device);
        users.setName("Autopilot users");
        users.setKind(GroupKind.USER_GROUP);
        users.getUsers().add(user);
        model.getGroups().addAll(List.of(devices, users));
        profile.setName("Fabrikam profile");
        profile.setCreated(date("2024-01-01T00:00:00Z"));
        assign(profile, devices);
        model.getProfiles().add(profile);
        esp.setName("Fabrikam ESP");
        assign(esp, devices);
        esp.getPhases().addAll(List.of(devicePreparation, deviceSetup, accountSetup));
        devicePreparation.getTrackedItems().add(task(PreparationTaskKind.SECURE_YOUR_HARDWARE));
        deviceSetup.getTrackedItems().add(app("Company Portal", AppType.WIN32, InstallContext.DEVICE, 10));
        accountSetup.getTrackedItems().add(app("Teams", AppType.MICROSOFT_STORE, InstallContext.USER, 5));
        model.getEnrollmentStatusPages().add(esp);
        flow.setName("User-driven");
        flow.setKind(FlowKind.USER_DRIVEN_ENTRA_JOIN);
        Step powerOn = step(F.createPowerOnStep(), "Power on");
        flow.setStart(powerOn);
        Step signIn = step(F.createSignInStep(), "Sign in");
        Step desktop = step(F.createDesktopStep(), "Desktop");
        connect(powerOn, signIn);
        connect(signIn, desktop);
        model.getFlows().add(flow);
        scenario.setName("Alice at the office");
        scenario.setFlow(flow);
        scenario.setDevice(device);
        model.getScenarios().add(scenario);
    }

    static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }

    static EspPhase phase(EspPhaseKind kind) {
        EspPhase phase = F.createEspPhase();
        phase.setKind(kind);
        return phase;
    }

    static PreparationTask task(PreparationTaskKind kind) {
        PreparationTask task = F.createPreparationTask();
        task.setName(kind.getLiteral());
        task.setKind(kind);
        return task;
    }

    static App app(String name, AppType type, InstallContext context, int minutes) {
        App app = F.createApp();
        app.setName(name);
        app.setAppType(type);
        app.setInstallContext(context);
        app.setEstimatedMinutes(minutes);
        return app;
    }

    static Assignment assign(AssignableConfiguration configuration, Group group) {
        Assignment assignment = F.createAssignment();
        assignment.setGroup(group);
        configuration.getAssignments().add(assignment);
        return assignment;
    }

    <S extends Step> S step(S step, String name) {
        step.setName(name);
        step.setSourceDocument(DOC);
        flow.getSteps().add(step);
        return step;
    }

    Transition connect(Step from, Step to) {
        Transition transition = F.createTransition();
        transition.setSource(from);
        transition.setTarget(to);
        flow.getTransitions().add(transition);
        return transition;
    }

    Step stepNamed(String name) {
        return flow.getSteps().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    Device addDevice(String name) {
        Device another = F.createDevice();
        another.setName(name);
        another.setSerialNumber("SN-" + name);
        model.getDevices().add(another);
        return another;
    }

    Diagnostic validate() {
        return AutopilotValidator.validate(model);
    }

    /** Asserts that {@code rule} fires on {@code element}, with the rule's severity, id and the element's name. */
    void assertFlags(Rule rule, EObject element) {
        List<Diagnostic> found = findings(validate(), rule);
        assertTrue(found.stream().anyMatch(d -> d.getData().get(0) == element),
                rule + " should flag " + element + " but found " + messages(validate()));
        for (Diagnostic diagnostic : found) {
            assertEquals(rule.severity(), diagnostic.getSeverity());
            assertTrue(diagnostic.getMessage().endsWith("[" + rule.id() + "]"), diagnostic.getMessage());
        }
    }

    /** Asserts that {@code rule} does not fire anywhere in the model. */
    void assertPasses(Rule rule) {
        assertEquals(List.of(), findings(validate(), rule).stream().map(Diagnostic::getMessage).toList());
    }

    static List<Diagnostic> findings(Diagnostic root, Rule rule) {
        return root.getChildren().stream().filter(d -> d.getData().size() > 1 && d.getData().get(1) == rule).toList();
    }

    static List<String> messages(Diagnostic root) {
        return root.getChildren().stream().map(Diagnostic::getMessage).toList();
    }

    static TrackedItem firstItem(EspPhase phase) {
        return phase.getTrackedItems().get(0);
    }

}
