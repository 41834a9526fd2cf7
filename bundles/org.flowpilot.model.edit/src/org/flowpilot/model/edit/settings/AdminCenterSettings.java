package org.flowpilot.model.edit.settings;

import static org.flowpilot.model.FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME;
import static org.flowpilot.model.FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__GRAPH_ID;
import static org.flowpilot.model.FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME;
import static org.flowpilot.model.FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__CREATED;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEVICE_TYPE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDDEN_SCREENS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__JOIN_TYPE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__LANGUAGE_REGION;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__LOCALE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__ASSIGNED_USER;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__CONNECTIVITY;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__DOMAIN_CONTROLLER_OVER_VPN;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__GROUP_TAG;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__HARDWARE_HASH;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__MANUFACTURER;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__MODEL;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__SERIAL_NUMBER;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__TPM20;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__USER_FRIENDLY_NAME;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__VIRTUAL_MACHINE;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__WINDOWS_PRODUCT_ID;
import static org.flowpilot.model.FlowpilotPackage.Literals.DEVICE__WINDOWS_VERSION;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__PRIORITY;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE;
import static org.flowpilot.model.FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS;
import static org.flowpilot.model.FlowpilotPackage.Literals.NAMED_ELEMENT__DESCRIPTION;
import static org.flowpilot.model.FlowpilotPackage.Literals.NAMED_ELEMENT__NAME;
import static org.flowpilot.model.FlowpilotPackage.Literals.USER__DISPLAY_NAME;
import static org.flowpilot.model.FlowpilotPackage.Literals.USER__MFA_REQUIRED;
import static org.flowpilot.model.FlowpilotPackage.Literals.USER__ON_PREMISES_ACCOUNT;
import static org.flowpilot.model.FlowpilotPackage.Literals.USER__USER_PRINCIPAL_NAME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.flowpilot.model.FlowpilotPackage;

/**
 * The settings of profiles, Enrollment Status Pages, users and devices as the Intune admin center presents them:
 * grouped by its pages (Basics, Out-of-box experience (OOBE), Settings, Assignments), in its order, under its names,
 * with the help text of its information balloons. The Properties view, the forms and the tree all take names and help
 * from here, so they never disagree.
 * <p>
 * Sources: Microsoft Learn, autopilot/profiles.md (profile pages) and intune/enrollment/windows-enrollment-status.md
 * (Enrollment Status Page settings).
 */
public final class AdminCenterSettings {

    /** The Basics page: name, description and what identifies the configuration. */
    public static final String BASICS = "Basics";
    /** The profile's Out-of-box experience (OOBE) page. */
    public static final String OOBE = "Out-of-box experience (OOBE)";
    /** The Enrollment Status Page's Settings page. */
    public static final String SETTINGS = "Settings";
    /** The Assignments page: included and excluded groups. */
    public static final String ASSIGNMENTS = "Assignments";
    /** What Microsoft Graph keeps about an imported configuration. */
    public static final String GRAPH = "Microsoft Graph";
    /** The device's assigned user, as the Windows Autopilot devices list shows it. */
    public static final String USER = "User";
    /** What only the simulation uses: hardware, network, durations, outcomes. */
    public static final String SIMULATION = "Simulation";
    /** Everything of other elements. */
    public static final String GENERAL = "General";

    private static final Map<EClass, List<Setting>> SETTINGS_BY_CLASS = new LinkedHashMap<>();

    static {
        FlowpilotPackage p = FlowpilotPackage.eINSTANCE;
        EClass profile = p.getDeploymentProfile();
        add(profile, BASICS, NAMED_ELEMENT__NAME, "Name",
                "The profile's name in the admin center, up to 200 characters.");
        add(profile, BASICS, NAMED_ELEMENT__DESCRIPTION, "Description",
                "What the profile is for, up to 1,500 characters.");
        add(profile, BASICS, DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES,
                "Convert all targeted devices to Autopilot",
                "Yes registers the corporate devices of the assigned groups that are not yet Autopilot devices; allow"
                        + " 48 hours. Turning it off later does not remove the devices it registered.");
        add(profile, BASICS, DEPLOYMENT_PROFILE__DEVICE_TYPE, "Device type",
                "The kind of device the profile deploys, chosen when the profile is created (Windows PC or HoloLens).");
        add(profile, BASICS, DEPLOYMENT_PROFILE__CREATED, "Created",
                "When the profile was created. When a group is assigned several profiles, its devices get the oldest.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__DEPLOYMENT_MODE, "Deployment mode",
                "User-Driven: the user signs in with their work account. Self-Deploying: the device deploys itself with"
                        + " TPM attestation and no user credentials, for kiosks and shared devices; it joins Microsoft"
                        + " Entra only and hides License Terms, Privacy settings and change account options.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__JOIN_TYPE, "Join to Microsoft Entra ID as",
                "Microsoft Entra joined, or Microsoft Entra hybrid joined, which also joins the on-premises Active"
                        + " Directory and needs the Intune Connector for Active Directory and a domain join profile.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK, "Skip AD connectivity check",
                "Yes lets the hybrid join go on without a domain controller in reach during OOBE, for devices that"
                        + " reach the domain only through a VPN.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS, "Microsoft Software License Terms",
                "Hide skips the License Terms screen: the organization accepts the terms for its users.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__PRIVACY_SETTINGS, "Privacy settings",
                "Hide skips the Privacy screen, which otherwise appears when Account setup begins. Diagnostic data is"
                        + " set to Full during OOBE.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS, "Hide change account options",
                "Hide removes the change account and start over links from the company sign-in and domain error"
                        + " pages. Needs Microsoft Entra company branding.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE, "User account type",
                "Whether the user is a member of the local Administrators group or a Standard user.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT, "Allow pre-provisioned deployment",
                "Yes lets a technician pre-provision the device, pressing the Windows key five times at the sign-in"
                        + " page. It only makes that possible: without a technician the device deploys in the profile's"
                        + " own mode. With No, an attempt fails with error 0x80180005.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__LANGUAGE_REGION, "Language (Region)",
                "Operating system default or a specific language skips the language and region screens; User select"
                        + " shows them. Works only over Ethernet: on Wi-Fi the screens show before the network is chosen.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__LOCALE, "Locale",
                "The language and region, such as en-US, when Language (Region) is a specific language.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD, "Automatically configure keyboard",
                "Yes skips the keyboard screen. Works only when Language (Region) is set, and over Ethernet.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE, "Apply device name template",
                "Yes names devices as they enroll. Not available for Microsoft Entra hybrid join, where the domain"
                        + " join profile names them.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE, "Enter a name",
                "Up to 15 characters: letters, digits and hyphens, %SERIAL% for the serial number and %RAND:x% for x"
                        + " random digits. A name cannot be only digits.");
        add(profile, OOBE, DEPLOYMENT_PROFILE__HIDDEN_SCREENS, "Screens this profile hides",
                "The OOBE screens the settings above hide. Ticking a screen changes the setting behind it.");
        addGraph(profile);

        EClass esp = p.getEnrollmentStatusPage();
        add(esp, BASICS, NAMED_ELEMENT__NAME, "Name", "The profile's name in the admin center.");
        add(esp, BASICS, NAMED_ELEMENT__DESCRIPTION, "Description", "What the profile is for.");
        add(esp, BASICS, ENROLLMENT_STATUS_PAGE__PRIORITY, "Priority",
                "1 is the highest. A device gets the highest-priority profile assigned to it; only without one, and"
                        + " only when a user signs in, the highest-priority profile assigned to the user.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS,
                "Show app and profile configuration progress",
                "No: the Enrollment Status Page does not appear at all. Yes shows the progress of the three phases"
                        + " and the settings below.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES,
                "Show an error when installation takes longer than specified number of minutes",
                "The default is 60. Microsoft Entra hybrid join adds 40 minutes for the connector to create the"
                        + " device record.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE,
                "Show custom message when time limit or error occurs",
                "Yes shows your message on the error page in place of the default one.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE, "Error message",
                "Up to 10,000 characters, such as whom to call for help.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS,
                "Turn on log collection and diagnostics page for end users",
                "Yes adds Collect logs to the error page and, on Windows 11, the diagnostics page (Ctrl+Shift+D).");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE,
                "Only show page to devices provisioned by out-of-box experience (OOBE)",
                "Yes: the user phase runs for the first user only. No: the device and user phases run for every user"
                        + " who signs in for the first time.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES,
                "Install Windows quality updates (might restart the device)",
                "Windows 11: installs the latest quality update at the end of OOBE, which takes 20 to 40 minutes more."
                        + " Not in the technician flow of pre-provisioning.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED,
                "Block device use until all apps and profiles are installed",
                "Yes keeps the user on the page until everything tracked is installed, offers Retry on its error page"
                        + " and the settings below; No lets the user leave the page early (Microsoft Graph: the"
                        + " opposite of blockDeviceSetupRetryByUser).");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR,
                "Allow users to reset device if installation error occurs", "Yes adds Reset device to the error page.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR,
                "Allow users to use device if installation error occurs", "Yes adds Continue anyway to the error page.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__BLOCKING_APPS,
                "Block device use until these required apps are installed if they are assigned to the user/device",
                "All tracked apps, or only the selected ones (up to 100). The list filters the apps assigned; it"
                        + " installs nothing by itself.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS, "Selected apps",
                "The required apps the page waits for.");
        add(esp, SETTINGS, ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE,
                "Only fail selected blocking apps in technician phase",
                "Pre-provisioning only. Yes: the technician flow installs every required app and fails only when a"
                        + " selected app fails. No: it installs only the selected apps.");
        addGraph(esp);

        EClass user = p.getUser();
        add(user, BASICS, USER__DISPLAY_NAME, "Display name", "The name people see, such as Adele Vance.");
        add(user, BASICS, USER__USER_PRINCIPAL_NAME, "User principal name",
                "The sign-in name, such as adelev@contoso.com; the sign-in page shows it when the user is assigned.");
        add(user, BASICS, NAMED_ELEMENT__NAME, "Name", "How this model names the user.");
        add(user, BASICS, USER__ON_PREMISES_ACCOUNT, "On-premises account",
                "The Active Directory account (DOMAIN\\user) for the Windows sign-on of a hybrid join.");
        add(user, BASICS, NAMED_ELEMENT__DESCRIPTION, "Description", "Notes about the user.");
        add(user, SIMULATION, USER__MFA_REQUIRED, "MFA required",
                "Whether Conditional Access asks this user for multifactor authentication at sign-in.");

        EClass device = p.getDevice();
        add(device, BASICS, DEVICE__SERIAL_NUMBER, "Serial number",
                "The Device Serial Number column of the hardware hash CSV.");
        add(device, BASICS, DEVICE__MANUFACTURER, "Manufacturer", "The device's manufacturer.");
        add(device, BASICS, DEVICE__MODEL, "Model", "The device's model.");
        add(device, BASICS, DEVICE__GROUP_TAG, "Group tag",
                "Dynamic device groups select Autopilot devices by this tag (OrderID).");
        add(device, BASICS, NAMED_ELEMENT__NAME, "Device name",
                "The name the device gets; hybrid join ignores it and takes the domain join profile's.");
        add(device, BASICS, DEVICE__WINDOWS_PRODUCT_ID, "Windows product ID",
                "Usually empty in a hardware hash CSV.");
        add(device, BASICS, DEVICE__HARDWARE_HASH, "Hardware hash",
                "The 4K hardware hash that registers the device with Windows Autopilot.");
        add(device, BASICS, NAMED_ELEMENT__DESCRIPTION, "Description", "Notes about the device.");
        add(device, USER, DEVICE__ASSIGNED_USER, "Assigned user",
                "The user the sign-in page greets; user-targeted apps and policies install during the deployment.");
        add(device, USER, DEVICE__USER_FRIENDLY_NAME, "User friendly name",
                "The name shown at sign-in for the assigned user.");
        add(device, SIMULATION, DEVICE__WINDOWS_VERSION, "Windows version",
                "Windows 10 and 11 word their OOBE buttons differently (Next or Sign in).");
        add(device, SIMULATION, DEVICE__CONNECTIVITY, "Network",
                "Ethernet, Wi-Fi or no network at the first boot; without Ethernet the region and keyboard screens show.");
        add(device, SIMULATION, DEVICE__TPM20, "TPM 2.0",
                "Self-deploying mode and pre-provisioning need TPM 2.0 with device attestation.");
        add(device, SIMULATION, DEVICE__VIRTUAL_MACHINE, "Virtual machine",
                "Self-deploying mode and pre-provisioning do not support virtual machines.");
        add(device, SIMULATION, DEVICE__DOMAIN_CONTROLLER_OVER_VPN, "Domain controller over VPN",
                "The device is off premises and reaches a domain controller only through a VPN.");
    }

    private AdminCenterSettings() {
    }

    private static void add(EClass owner, String group, EStructuralFeature feature, String label, String help) {
        SETTINGS_BY_CLASS.computeIfAbsent(owner, key -> new ArrayList<>()).add(new Setting(feature, group, label, help));
    }

    private static void addGraph(EClass owner) {
        add(owner, GRAPH, ASSIGNABLE_CONFIGURATION__GRAPH_ID, "Graph ID",
                "The id Microsoft Graph gave the configuration; empty until imported.");
        add(owner, GRAPH, ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME, "Created (Graph)",
                "When Microsoft Graph created the configuration, as Graph wrote it.");
        add(owner, GRAPH, ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME, "Last modified (Graph)",
                "When the configuration last changed in Microsoft Graph.");
        add(owner, GRAPH, ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS, "Scope tags",
                "The ids of the scope tags that limit which Intune admins see the configuration.");
    }

    /** The admin center's setting for {@code feature} of an element of {@code owner}, if it has one. */
    public static Optional<Setting> of(EClass owner, EStructuralFeature feature) {
        return settingsOf(owner).stream().filter(setting -> setting.feature() == feature).findFirst();
    }

    /** The settings of an element of {@code owner} in the admin center's order; empty for elements it does not show. */
    public static List<Setting> settingsOf(EClass owner) {
        for (EClass type = owner; type != null; type = type.getESuperTypes().isEmpty() ? null
                : type.getESuperTypes().get(0)) {
            List<Setting> settings = SETTINGS_BY_CLASS.get(type);
            if (settings != null) {
                return List.copyOf(settings);
            }
        }
        return List.of();
    }

    /** The groups of {@code owner}'s settings in the admin center's order; {@link #GENERAL} for other elements. */
    public static List<String> groupsOf(EClass owner) {
        Set<String> groups = new LinkedHashSet<>();
        settingsOf(owner).forEach(setting -> groups.add(setting.group()));
        return groups.isEmpty() ? List.of(GENERAL) : List.copyOf(groups);
    }

    /** The group of {@code feature} in {@code owner}: its setting's group, else {@link #GENERAL}. */
    public static String groupOf(EClass owner, EStructuralFeature feature) {
        return of(owner, feature).map(Setting::group).orElse(GENERAL);
    }
}
