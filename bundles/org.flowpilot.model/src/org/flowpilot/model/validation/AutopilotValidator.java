package org.flowpilot.model.validation;

import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.flowpilot.model.App;
import org.flowpilot.model.AppType;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.PreparationTask;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.User;
import org.flowpilot.model.UserAccountType;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.model.query.EspSettings;
import org.flowpilot.model.query.FlowKinds;
import org.flowpilot.model.query.TechnicianFlowTiming;
import org.flowpilot.model.validation.spi.ValidationRule;

/**
 * Checks an Autopilot model against what Windows Autopilot and Intune accept, rule by {@link Rule}. Each finding is a
 * {@link Diagnostic} whose data holds the element and the rule, and whose message names the element and says what to
 * change.
 */
public class AutopilotValidator extends EObjectValidator {

    /** The shared, stateless instance. */
    public static final AutopilotValidator INSTANCE = new AutopilotValidator();

    /** Intune's limit on the rows of one hardware hash CSV import. */
    public static final int CSV_ROW_LIMIT = 500;
    /** The shortest ESP timeout, in minutes, this workbench accepts. */
    public static final int ESP_TIMEOUT_MIN = 1;
    /** The longest ESP timeout, in minutes, this workbench accepts: one day. */
    public static final int ESP_TIMEOUT_MAX = 1440;
    /** The longest custom ESP message Intune accepts. */
    public static final int ESP_MESSAGE_MAX = 10_000;

    private static final Pattern UPN = Pattern.compile("[^@\\s]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?(-[A-Z]{2})?");
    private static final Pattern CSV_SAFE = Pattern.compile("[\\x20-\\x7E]*");
    private static final Set<ScreenKind> LANGUAGE_SCREENS = EnumSet.of(ScreenKind.LANGUAGE_REGION, ScreenKind.KEYBOARD);

    /**
     * Validates {@code root} and everything it contains with this validator and the {@link ContributedRules}
     * installed now, without global registration.
     */
    public static Diagnostic validate(EObject root) {
        return validate(root, ContributedRules.installed());
    }

    /**
     * Validates {@code root} and everything it contains with this validator and {@code contributedRules}, without
     * global registration. A contributed rule whose id is not its own, or that throws or does not answer within 5 s,
     * is reported under {@link Rule#EXTENSION_RULE_FAILED} and left out.
     */
    public static Diagnostic validate(EObject root, List<ValidationRule> contributedRules) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(FlowpilotPackage.eINSTANCE, INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(ContributedRules.class, List.copyOf(contributedRules));
        BasicDiagnostic diagnostic = diagnostician.createDefaultDiagnostic(root);
        diagnostician.validate(root, diagnostic, context);
        return diagnostic;
    }

    /** Registers this validator for the Flowpilot package in EMF's global validator registry. */
    public static void registerGlobally() {
        EValidator.Registry.INSTANCE.put(FlowpilotPackage.eINSTANCE, INSTANCE);
    }

    @Override
    protected EPackage getEPackage() {
        return FlowpilotPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean basic = super.validate(eClass, object, diagnostics, context);
        Findings findings = new Findings(diagnostics);
        RuleRun contributed = RuleRun.of(context, ContributedRules.installed());
        switch (object) {
            case AutopilotModel model -> {
                checkModel(model, findings);
                contributed.refused.forEach(why -> findings.report(Rule.EXTENSION_RULE_FAILED, model, why));
            }
            case DeploymentProfile profile -> checkProfile(profile, findings);
            case Device device -> checkDevice(device, findings);
            case Group group -> checkGroup(group, findings);
            case EnrollmentStatusPage esp -> checkEsp(esp, findings);
            case EspPhase phase -> checkPhase(phase, findings);
            case Scenario scenario -> checkScenario(scenario, findings);
            case Flow flow -> FlowRules.check(flow, findings);
            default -> {
                // Other elements have no rules of ours beyond EMF's structural checks.
            }
        }
        contributed.check(object, findings);
        return basic && findings.isClean();
    }

    private static void checkModel(AutopilotModel model, Findings findings) {
        if (model.getDevices().size() > CSV_ROW_LIMIT) {
            findings.report(Rule.HARDWARE_HASH_CSV_ROW_LIMIT, model, Findings.describe(model) + " has "
                    + model.getDevices().size() + " devices, more than the " + CSV_ROW_LIMIT
                    + " rows one hardware hash CSV import accepts: import them in several CSV files.");
        }
    }

    private static void checkProfile(DeploymentProfile profile, Findings findings) {
        String it = Findings.describe(profile);
        boolean selfDeploying = profile.getDeploymentMode() == DeploymentMode.SELF_DEPLOYING;
        boolean hybrid = profile.getJoinType() == JoinType.ENTRA_HYBRID_JOINED;
        if (selfDeploying && hybrid) {
            findings.report(Rule.SELF_DEPLOYING_REQUIRES_ENTRA_JOIN, profile, it + " is self-deploying but joins"
                    + " Microsoft Entra hybrid: self-deploying mode supports only Microsoft Entra join. Set 'Join to"
                    + " Microsoft Entra ID as' to Microsoft Entra joined, or use user-driven mode.");
        }
        if (selfDeploying && (!profile.getHiddenScreens().containsAll(AutopilotQueries.SELF_DEPLOYING_HIDDEN_SCREENS)
                || profile.getUserAccountType() == UserAccountType.ADMINISTRATOR)) {
            findings.report(Rule.SELF_DEPLOYING_FORCES_OOBE_SETTINGS, profile, it + " is self-deploying, so Intune"
                    + " hides License Terms, Privacy settings and change account options and makes the user a"
                    + " Standard user whatever the profile says: set those settings to Hide and Standard.");
        }
        if (hybrid && profile.isApplyDeviceNameTemplate()) {
            findings.report(Rule.HYBRID_IGNORES_DEVICE_NAME_TEMPLATE, profile, it + " joins Microsoft Entra hybrid,"
                    + " which ignores the device name template: set the name prefix in the domain join profile and"
                    + " turn 'Apply device name template' off.");
        }
        if (profile.isApplyDeviceNameTemplate() && !hybrid) {
            checkDeviceNameTemplate(profile, it, findings);
        }
        if (profile.isAutomaticallyConfigureKeyboard() && profile.getLanguageRegion() == LanguageRegion.USER_SELECT) {
            findings.report(Rule.KEYBOARD_NEEDS_LANGUAGE, profile, it + " configures the keyboard automatically"
                    + " but lets the user select the language, so the keyboard screen still shows: preset the"
                    + " language (operating system default or a locale) or turn the setting off.");
        }
        if (profile.getLanguageRegion() == LanguageRegion.SPECIFIC_LOCALE
                && (profile.getLocale() == null || !LOCALE.matcher(profile.getLocale()).matches())) {
            findings.report(Rule.SPECIFIC_LOCALE_NEEDS_LOCALE, profile, it + " presets a specific language but its"
                    + " locale '" + profile.getLocale() + "' is not a locale such as en-US: set the locale.");
        }
        profile.getAssignments().stream()
                .filter(a -> a.getGroup() != null && a.getGroup().getKind() == GroupKind.USER_GROUP)
                .forEach(a -> findings.report(Rule.PROFILE_ASSIGNED_TO_USER_GROUP, profile, it + " is assigned to"
                        + " the user group '" + a.getGroup().getName() + "', but Autopilot profiles apply to"
                        + " devices: assign it to a device group instead."));
    }

    private static void checkDeviceNameTemplate(DeploymentProfile profile, String it, Findings findings) {
        String template = profile.getDeviceNameTemplate() == null ? "" : profile.getDeviceNameTemplate();
        DeviceNameTemplate.Problems problems = DeviceNameTemplate.check(template);
        if (problems.length > DeviceNameTemplate.MAX_LENGTH) {
            findings.report(Rule.DEVICE_NAME_TEMPLATE_LENGTH, profile, it + " has the device name template '"
                    + template + "', which makes names of " + problems.length + " or more characters: shorten it to"
                    + " at most " + DeviceNameTemplate.MAX_LENGTH + " characters, counting x for %RAND:x%.");
        }
        if (problems.characters || template.isEmpty()) {
            findings.report(Rule.DEVICE_NAME_TEMPLATE_CHARACTERS, profile, it + " has the device name template '"
                    + template + "': use only letters, digits, hyphens and the %SERIAL% or %RAND:x% macros,"
                    + " with no spaces.");
        }
        for (String problem : problems.macros) {
            findings.report(Rule.DEVICE_NAME_TEMPLATE_MACROS, profile, it + " has the device name template '"
                    + template + "': " + problem + ".");
        }
        if (problems.onlyDigits) {
            findings.report(Rule.DEVICE_NAME_TEMPLATE_NOT_ALL_DIGITS, profile, it + " has the device name template '"
                    + template + "', which gives names made only of digits: add letters, such as a prefix.");
        }
    }

    private static void checkDevice(Device device, Findings findings) {
        String it = Findings.describe(device);
        checkCsvFields(device, it, findings);
        User user = device.getAssignedUser();
        if (user != null && (user.getUserPrincipalName() == null
                || !UPN.matcher(user.getUserPrincipalName()).matches())) {
            findings.report(Rule.ASSIGNED_USER_UPN, device, it + " is assigned to " + Findings.describe(user)
                    + " whose user principal name '" + user.getUserPrincipalName() + "' is not a UPN such as"
                    + " name@contoso.com: correct the UPN, or an invalid one can lock the device out.");
        }
        Optional<DeploymentProfile> found = AutopilotQueries.effectiveProfile(device);
        if (found.isEmpty()) {
            return;
        }
        DeploymentProfile profile = found.get();
        String by = " by " + Findings.describe(profile);
        if (profile.getDeploymentMode() == DeploymentMode.SELF_DEPLOYING) {
            if (!device.isTpm20() || device.isVirtualMachine()) {
                findings.report(Rule.SELF_DEPLOYING_REQUIRES_TPM, device, it + " is deployed in self-deploying mode"
                        + by + " but " + (device.isVirtualMachine() ? "is a virtual machine" : "has no TPM 2.0")
                        + ", so attestation fails with 0x800705B4: use a physical device with TPM 2.0 or a"
                        + " user-driven profile.");
            }
            if (user != null) {
                findings.report(Rule.SELF_DEPLOYING_IGNORES_ASSIGNED_USER, device, it + " is deployed in"
                        + " self-deploying mode" + by + ", which ignores its assigned user "
                        + Findings.describe(user) + ": remove the assignment or use a user-driven profile.");
            }
        }
        if (profile.getJoinType() == JoinType.ENTRA_HYBRID_JOINED) {
            if (device.isDomainControllerOverVpn() && !profile.isSkipADConnectivityCheck()) {
                findings.report(Rule.HYBRID_VPN_NEEDS_SKIP_CONNECTIVITY_CHECK, device, it + " reaches the domain"
                        + " only through a VPN but" + by + " checks AD connectivity during OOBE, so the deployment"
                        + " fails before the VPN is up: set 'Skip AD connectivity check' to Yes.");
            }
            if (user != null && (user.getOnPremisesAccount() == null || user.getOnPremisesAccount().isBlank())) {
                findings.report(Rule.HYBRID_USER_NEEDS_ON_PREMISES_ACCOUNT, device, it + " joins Microsoft Entra"
                        + " hybrid" + by + ", so its user signs on with domain credentials, but "
                        + Findings.describe(user) + " has no on-premises account: set it (DOMAIN\\user).");
            }
        }
        Set<ScreenKind> presetScreens = EnumSet.noneOf(ScreenKind.class);
        presetScreens.addAll(profile.getHiddenScreens());
        presetScreens.retainAll(LANGUAGE_SCREENS);
        if (device.getConnectivity() == Connectivity.WIFI && !presetScreens.isEmpty()) {
            findings.report(Rule.LANGUAGE_PRESET_ON_WIFI, device, it + " connects over Wi-Fi, so the "
                    + presetScreens.stream().map(ScreenKind::getLiteral).collect(Collectors.joining(" and "))
                    + " screens hidden" + by + " will still show (the profile downloads only after the network"
                    + " is chosen): connect it by Ethernet, or expect those screens.");
        }
    }

    private static void checkCsvFields(Device device, String it, Findings findings) {
        if (device.getSerialNumber() == null || device.getSerialNumber().isBlank()) {
            findings.report(Rule.HARDWARE_HASH_CSV_FIELDS, device, it + " has no serial number, the first column"
                    + " of the hardware hash CSV: set the Device Serial Number.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Device Serial Number", device.getSerialNumber());
        fields.put("Windows Product ID", device.getWindowsProductId());
        fields.put("Hardware Hash", device.getHardwareHash());
        fields.put("Group Tag", device.getGroupTag());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String value = field.getValue();
            if (value != null && (!CSV_SAFE.matcher(value).matches() || value.contains("\"") || value.contains(","))) {
                findings.report(Rule.HARDWARE_HASH_CSV_FIELDS, device, it + " has a " + field.getKey() + " that a"
                        + " hardware hash CSV cannot carry (quotation marks, commas or non-ANSI characters):"
                        + " remove those characters.");
            }
        }
    }

    private static void checkGroup(Group group, Findings findings) {
        List<DeploymentProfile> profiles = AutopilotQueries.profilesAssignedTo(group);
        if (profiles.size() > 1) {
            findings.report(Rule.GROUP_WITH_SEVERAL_PROFILES, group, Findings.describe(group) + " is assigned "
                    + profiles.size() + " deployment profiles (" + profiles.stream().map(Findings::describe)
                            .collect(Collectors.joining(", "))
                    + "); the oldest created, " + Findings.describe(profiles.get(0)) + ", wins: assign only one.");
        }
    }

    private static void checkEsp(EnrollmentStatusPage esp, Findings findings) {
        String it = Findings.describe(esp);
        int timeout = esp.getInstallationTimeoutMinutes();
        if (timeout < ESP_TIMEOUT_MIN || timeout > ESP_TIMEOUT_MAX) {
            findings.report(Rule.ESP_TIMEOUT_BOUNDS, esp, it + " shows an error after " + timeout + " minutes: set"
                    + " a timeout between " + ESP_TIMEOUT_MIN + " and " + ESP_TIMEOUT_MAX + " minutes (default 60).");
        }
        List<EStructuralFeature> locked = EspSettings.unlockedSettingsInUse(esp);
        if (!locked.isEmpty()) {
            findings.report(Rule.ESP_SETTINGS_NEED_BLOCKING, esp, it + " does not block device use until all apps"
                    + " and profiles are installed, yet sets " + locked.stream().map(AutopilotValidator::espLabel)
                            .collect(Collectors.joining(", "))
                    + ", which the admin center offers only when it does (Microsoft Graph refuses them with"
                    + " blockDeviceSetupRetryByUser): set 'Block device use until all apps and profiles are"
                    + " installed' to Yes, or turn them off.");
        }
        if (esp.getCustomMessage() != null && esp.getCustomMessage().length() > ESP_MESSAGE_MAX) {
            findings.report(Rule.ESP_CUSTOM_MESSAGE_LENGTH, esp, it + " has a custom message of "
                    + esp.getCustomMessage().length() + " characters: shorten it to " + ESP_MESSAGE_MAX + ".");
        }
        Set<EspPhaseKind> seen = EnumSet.noneOf(EspPhaseKind.class);
        for (EspPhase phase : esp.getPhases()) {
            if (!seen.add(phase.getKind())) {
                findings.report(Rule.ESP_PHASE_CONTENTS, esp, it + " has the " + phase.getKind().getLiteral()
                        + " phase twice: merge them into one.");
            }
        }
        for (EspPhaseKind kind : List.of(EspPhaseKind.DEVICE_SETUP, EspPhaseKind.ACCOUNT_SETUP)) {
            int minutes = esp.getPhases().stream().filter(p -> p.getKind() == kind)
                    .flatMap(p -> p.getTrackedItems().stream()).mapToInt(TrackedItem::getEstimatedMinutes).sum();
            if (minutes > timeout) {
                findings.report(Rule.TRACKED_ITEMS_EXCEED_TIMEOUT, esp, it + " tracks " + minutes + " minutes of"
                        + " installs in " + kind.getLiteral() + ", longer than its " + timeout + "-minute timeout:"
                        + " raise the timeout or track fewer items.");
            }
        }
        if (esp.getBlockingApps() == BlockingAppSelection.SELECTED) {
            List<App> tracked = esp.getPhases().stream().flatMap(p -> p.getTrackedItems().stream())
                    .filter(App.class::isInstance).map(App.class::cast).toList();
            if (esp.getSelectedBlockingApps().isEmpty()) {
                findings.report(Rule.SELECTED_BLOCKING_APPS, esp, it + " blocks on selected apps but selects none:"
                        + " select the blocking apps or block on all apps.");
            }
            esp.getSelectedBlockingApps().stream().filter(app -> !tracked.contains(app))
                    .forEach(app -> findings.report(Rule.SELECTED_BLOCKING_APPS, esp, it + " selects "
                            + Findings.describe(app) + " as blocking, but none of its phases tracks it (the list"
                            + " only filters tracked apps): track the app in a phase or deselect it."));
        }
    }

    // The admin center's names of the settings "Block device use" unlocks (windows-enrollment-status.md).
    private static String espLabel(EStructuralFeature feature) {
        if (feature == FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR) {
            return "'Allow users to reset device if installation error occurs'";
        }
        if (feature == FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR) {
            return "'Allow users to use device if installation error occurs'";
        }
        return "selected blocking apps";
    }

    private static void checkPhase(EspPhase phase, Findings findings) {
        String it = "The " + phase.getKind().getLiteral() + " phase"
                + Optional.ofNullable(phase.eContainer()).map(esp -> " of " + Findings.describe(esp)).orElse("");
        for (TrackedItem item : phase.getTrackedItems()) {
            boolean preparation = item instanceof PreparationTask;
            if (preparation != (phase.getKind() == EspPhaseKind.DEVICE_PREPARATION)) {
                findings.report(Rule.ESP_PHASE_CONTENTS, item, it + " holds " + Findings.describe(item) + ", but "
                        + (preparation ? "preparation tasks belong to Device preparation"
                                : "Device preparation tracks only its preparation tasks")
                        + ": move it to the phase that tracks it.");
            }
        }
        boolean win32 = phase.getTrackedItems().stream()
                .anyMatch(item -> item instanceof App app && app.getAppType() == AppType.WIN32);
        boolean lob = phase.getTrackedItems().stream()
                .anyMatch(item -> item instanceof App app && app.getAppType() == AppType.LINE_OF_BUSINESS);
        if (win32 && lob) {
            findings.report(Rule.MIXED_WIN32_AND_LOB_APPS, phase, it + " installs both Win32 and line-of-business"
                    + " (MSI) apps, which compete for the Windows installer ('Another installation is in progress')"
                    + " and fail the ESP: package the LOB apps as Win32 apps.");
        }
    }

    private static void checkScenario(Scenario scenario, Findings findings) {
        String it = Findings.describe(scenario);
        Flow flow = scenario.getFlow();
        Device device = scenario.getDevice();
        if (flow == null || device == null) {
            findings.report(Rule.SCENARIO_INCOMPLETE, scenario, it + " does not name "
                    + (flow == null ? "the flow" : "the device") + " it runs: set it.");
            return;
        }
        FlowKind kind = flow.getKind();
        Optional<DeploymentProfile> profile = AutopilotQueries.effectiveProfile(device);
        if (profile.isPresent() && !FlowKinds.fits(kind, profile.get())) {
            findings.report(Rule.SCENARIO_FLOW_MATCHES_PROFILE, scenario, it + " runs the "
                    + kind.getLiteral() + " flow on " + Findings.describe(device) + ", which gets "
                    + Findings.describe(profile.get()) + " (" + profile.get().getDeploymentMode().getLiteral() + ", "
                    + profile.get().getJoinType().getLiteral() + "): pick the flow of that profile.");
        }
        if (!FlowKinds.isPreProvisioning(kind)) {
            return;
        }
        String on = it + " pre-provisions " + Findings.describe(device);
        if (profile.isPresent() && !profile.get().isAllowPreProvisionedDeployment()) {
            findings.report(Rule.PRE_PROVISIONING_NOT_ALLOWED, scenario, on + ", but its profile "
                    + Findings.describe(profile.get()) + " does not allow pre-provisioned deployment (it fails with"
                    + " 0x80180005): set 'Allow pre-provisioned deployment' to Yes.");
        }
        if (!device.isTpm20()) {
            findings.report(Rule.PRE_PROVISIONING_REQUIRES_TPM, scenario, on + ", which has no TPM 2.0:"
                    + " pre-provisioning needs TPM 2.0 attestation; use a device with TPM 2.0.");
        }
        if (device.isVirtualMachine()) {
            findings.report(Rule.PRE_PROVISIONING_REQUIRES_PHYSICAL_DEVICE, scenario, on + ", a virtual machine:"
                    + " pre-provisioning supports only physical devices; use a physical device.");
        }
        if (AutopilotQueries.deviceTargetedEsp(device).isEmpty()) {
            findings.report(Rule.PRE_PROVISIONING_REQUIRES_DEVICE_ESP, scenario, on + ", but no Enrollment Status"
                    + " Page is assigned to a device group holding it: assign one to such a device group.");
        }
        if (FlowKinds.isPreProvisioningUserFlow(kind)) {
            checkUserFlowTiming(scenario, on, findings);
        }
    }

    private static void checkUserFlowTiming(Scenario scenario, String on, Findings findings) {
        Date technician = scenario.getTechnicianFlowCompleted();
        if (!scenario.isTechnicianFlowDone()) {
            findings.report(Rule.USER_FLOW_NEEDS_TECHNICIAN_FLOW, scenario, on + " with the user flow, but the"
                    + " technician flow is not done: mark it done, with its completion time, or run it first.");
            return;
        }
        Date start = scenario.getRunStarts();
        if (technician == null || start == null) {
            return;
        }
        if (TechnicianFlowTiming.tooLate(technician.toInstant(), start.toInstant())) {
            findings.report(Rule.USER_FLOW_WITHIN_SIX_MONTHS, scenario, on + " with the user flow more than "
                    + TechnicianFlowTiming.VALID_MONTHS + " months after the technician flow, when the Intune Management"
                    + " Extension certificates may no longer be valid: run the user flow within "
                    + TechnicianFlowTiming.VALID_MONTHS + " months, or run the technician flow again.");
        } else if (TechnicianFlowTiming.tooSoon(technician.toInstant(), start.toInstant())) {
            long wait = TechnicianFlowTiming.MINIMUM_WAIT.toMinutes();
            findings.report(Rule.USER_FLOW_AFTER_NINETY_MINUTES, scenario, on + " with the user flow less than " + wait
                    + " minutes after the technician flow: wait at least " + wait + " minutes so the tokens refresh.");
        }
    }
}
