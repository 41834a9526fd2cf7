package org.flowpilot.library.internal;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.App;
import org.flowpilot.model.AppType;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.FailureKind;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.InjectedFailure;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.NetworkProfileKind;
import org.flowpilot.model.PreparationTaskKind;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.User;
import org.flowpilot.model.UserAccountType;
import org.flowpilot.model.WindowsVersion;

/**
 * Builds the Contoso example: a pre-provisioned Microsoft Entra join deployment whose profile hides License Terms and
 * Privacy, one assigned user with MFA, a Windows 11 laptop on Ethernet and a Windows 10 desktop on Wi-Fi, an ESP with
 * realistic tracked items, the technician and user flows, and scenarios over them. The bundled
 * {@code examples/contoso.autopilot} is written from this builder by {@code ExampleWriter}.
 */
public final class ContosoExample {

    private static final FlowpilotFactory FACTORY = FlowpilotFactory.eINSTANCE;

    private ContosoExample() {
    }

    /** A new Contoso model. */
    public static AutopilotModel build() {
        AutopilotModel model = FACTORY.createAutopilotModel();
        model.setName("Contoso");
        model.setOrganizationName("Contoso");
        model.setDescription("Contoso pre-provisions laptops and front desk PCs with Microsoft Entra join: a technician"
                + " runs the technician flow, then the user signs in to the resealed device.");

        User adele = FACTORY.createUser();
        adele.setName("Adele Vance");
        adele.setDisplayName("Adele Vance");
        adele.setUserPrincipalName("adelev@contoso.com");
        adele.setMfaRequired(true);
        model.getUsers().add(adele);

        Device laptop = device("CONTOSO-LT-001", "5CG3381KQZ", "HP", "EliteBook 840 G10", WindowsVersion.WINDOWS11,
                Connectivity.ETHERNET);
        laptop.setAssignedUser(adele);
        laptop.setUserFriendlyName("Adele Vance");
        Device frontDesk = device("CONTOSO-FD-002", "PF4K7M2Q", "Lenovo", "ThinkCentre M70q Gen 4",
                WindowsVersion.WINDOWS10, Connectivity.WIFI);
        model.getDevices().addAll(List.of(laptop, frontDesk));

        Group devices = group("Contoso Autopilot devices", GroupKind.DEVICE_GROUP);
        devices.getDevices().addAll(List.of(laptop, frontDesk));
        devices.setGroupTag("Contoso-PP");
        devices.setDescription("Dynamic device group: (device.devicePhysicalIds -any _ -eq \"[OrderID]:Contoso-PP\");"
                + " the devices listed are those the rule matches today.");
        Group users = group("Contoso Autopilot users", GroupKind.USER_GROUP);
        users.getUsers().add(adele);
        model.getGroups().addAll(List.of(devices, users));

        DeploymentProfile profile = FACTORY.createDeploymentProfile();
        profile.setName("Contoso pre-provisioned Entra join");
        profile.setDescription("User-driven Microsoft Entra join, pre-provisioned by IT.");
        profile.setCreated(Date.from(Instant.parse("2024-05-14T09:30:00Z")));
        profile.setAllowPreProvisionedDeployment(true);
        profile.setUserAccountType(UserAccountType.STANDARD);
        // Pre-provisioning tip: a user-selected language keeps the first OOBE screen, where Windows key x5 works.
        profile.setLanguageRegion(LanguageRegion.USER_SELECT);
        profile.getHiddenScreens().addAll(List.of(ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY));
        profile.setApplyDeviceNameTemplate(true);
        profile.setDeviceNameTemplate("CON-%SERIAL%");
        assign(profile, devices);
        model.getProfiles().add(profile);

        model.getEnrollmentStatusPages().add(esp(devices));

        Flow technician = StandardFlows.preProvisioningTechnician();
        Flow userFlow = StandardFlows.preProvisioningUserEntraJoin();
        model.getFlows().addAll(List.of(technician, userFlow));

        Scenario pre = scenario("Technician pre-provisions Adele's laptop", technician, laptop, false);
        Scenario first = scenario("Adele signs in to her laptop", userFlow, laptop, true);
        first.setMfaPrompted(true);
        first.setTechnicianFlowDone(true);
        first.setTechnicianFlowCompleted(Date.from(Instant.parse("2025-03-03T09:00:00Z")));
        first.setRunStarts(Date.from(Instant.parse("2025-03-10T08:30:00Z")));
        Scenario frontDeskWifi = scenario("Technician pre-provisions the front desk PC over Wi-Fi", technician,
                frontDesk, false);
        Scenario appFails = scenario("Microsoft 365 Apps fails during pre-provisioning", technician, laptop, false);
        InjectedFailure failure = FACTORY.createInjectedFailure();
        failure.setKind(FailureKind.TRACKED_ITEM_FAILS);
        failure.setTrackedItem(find(model.getEnrollmentStatusPages().get(0), "Microsoft 365 Apps"));
        appFails.getInjectedFailures().add(failure);
        Scenario timeout = scenario("Adele's Account setup times out", userFlow, laptop, true);
        timeout.setTechnicianFlowDone(true);
        timeout.setTechnicianFlowCompleted(Date.from(Instant.parse("2025-03-03T09:00:00Z")));
        timeout.setRunStarts(Date.from(Instant.parse("2025-03-03T14:00:00Z")));
        InjectedFailure espTimeout = FACTORY.createInjectedFailure();
        espTimeout.setKind(FailureKind.ESP_TIMEOUT);
        timeout.getInjectedFailures().add(espTimeout);
        model.getScenarios().addAll(List.of(pre, first, frontDeskWifi, appFails, timeout));
        return model;
    }

    private static Device device(String name, String serial, String manufacturer, String model, WindowsVersion version,
            Connectivity connectivity) {
        Device device = FACTORY.createDevice();
        device.setName(name);
        device.setSerialNumber(serial);
        device.setManufacturer(manufacturer);
        device.setModel(model);
        device.setWindowsVersion(version);
        device.setConnectivity(connectivity);
        device.setGroupTag("Contoso-PP");
        device.setHardwareHash("T0EwMDAx" + serial + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQQ==");
        return device;
    }

    private static Group group(String name, GroupKind kind) {
        Group group = FACTORY.createGroup();
        group.setName(name);
        group.setKind(kind);
        return group;
    }

    private static void assign(AssignableConfiguration configuration, Group group) {
        Assignment assignment = FACTORY.createAssignment();
        assignment.setGroup(group);
        configuration.getAssignments().add(assignment);
    }

    private static EnrollmentStatusPage esp(Group devices) {
        EnrollmentStatusPage esp = FACTORY.createEnrollmentStatusPage();
        esp.setName("Contoso ESP");
        esp.setDescription("Blocks until Company Portal and Microsoft 365 Apps are installed.");
        esp.setPriority(1);
        esp.setShowCustomMessage(true);
        esp.setTurnOnLogCollectionAndDiagnostics(true);
        esp.setAllowResetOnInstallationError(true);
        EspPhase preparation = phase(esp, EspPhaseKind.DEVICE_PREPARATION);
        preparation.getTrackedItems().add(task(PreparationTaskKind.SECURE_YOUR_HARDWARE, 2));
        preparation.getTrackedItems().add(task(PreparationTaskKind.JOIN_YOUR_ORGANIZATIONS_NETWORK, 1));
        preparation.getTrackedItems().add(task(PreparationTaskKind.REGISTER_FOR_MOBILE_MANAGEMENT, 2));
        EspPhase setup = phase(esp, EspPhaseKind.DEVICE_SETUP);
        setup.getTrackedItems().add(item(FACTORY.createSecurityPolicy(), "Microsoft Edge security baseline", 1));
        setup.getTrackedItems().add(item(FACTORY.createCertificate(), "Contoso device SCEP certificate", 2));
        setup.getTrackedItems().add(network("Contoso-Corp Wi-Fi", NetworkProfileKind.WIFI));
        setup.getTrackedItems().add(network("Contoso Always On VPN (device tunnel)", NetworkProfileKind.VPN));
        App portal = app("Company Portal", AppType.WIN32, InstallContext.DEVICE, 4);
        App office = app("Microsoft 365 Apps", AppType.WIN32, InstallContext.DEVICE, 20);
        setup.getTrackedItems().addAll(List.of(portal, office, app("Contoso VPN client", AppType.WIN32,
                InstallContext.DEVICE, 3)));
        EspPhase account = phase(esp, EspPhaseKind.ACCOUNT_SETUP);
        account.getTrackedItems().add(item(FACTORY.createCertificate(), "Contoso user SCEP certificate", 1));
        account.getTrackedItems().add(network("Contoso-Corp user Wi-Fi", NetworkProfileKind.WIFI));
        account.getTrackedItems().add(app("Microsoft To Do", AppType.MICROSOFT_STORE, InstallContext.USER, 2));
        account.getTrackedItems().add(app("Contoso Expenses", AppType.WIN32, InstallContext.USER, 5));
        esp.setBlockingApps(BlockingAppSelection.SELECTED);
        esp.getSelectedBlockingApps().addAll(List.of(portal, office));
        assign(esp, devices);
        return esp;
    }

    private static EspPhase phase(EnrollmentStatusPage esp, EspPhaseKind kind) {
        EspPhase phase = FACTORY.createEspPhase();
        phase.setKind(kind);
        esp.getPhases().add(phase);
        return phase;
    }

    private static <T extends TrackedItem> T item(T item, String name, int minutes) {
        item.setName(name);
        item.setEstimatedMinutes(minutes);
        return item;
    }

    private static TrackedItem task(PreparationTaskKind kind, int minutes) {
        var task = item(FACTORY.createPreparationTask(), kind.getLiteral(), minutes);
        task.setKind(kind);
        return task;
    }

    private static TrackedItem network(String name, NetworkProfileKind kind) {
        var profile = item(FACTORY.createNetworkProfile(), name, 1);
        profile.setKind(kind);
        return profile;
    }

    private static App app(String name, AppType type, InstallContext context, int minutes) {
        App app = item(FACTORY.createApp(), name, minutes);
        app.setAppType(type);
        app.setInstallContext(context);
        return app;
    }

    private static TrackedItem find(EnrollmentStatusPage esp, String name) {
        return esp.getPhases().stream().flatMap(phase -> phase.getTrackedItems().stream())
                .filter(item -> name.equals(item.getName())).findFirst().orElseThrow();
    }

    private static Scenario scenario(String name, Flow flow, Device device, boolean userPresent) {
        Scenario scenario = FACTORY.createScenario();
        scenario.setName(name);
        scenario.setFlow(flow);
        scenario.setDevice(device);
        scenario.setWindowsVersion(device.getWindowsVersion());
        scenario.setConnectivity(device.getConnectivity());
        scenario.setUserPresent(userPresent);
        return scenario;
    }
}
