package org.flowpilot.library;

import static org.flowpilot.library.FlowBuilder.otherwise;
import static org.flowpilot.library.FlowBuilder.outcome;

import java.util.List;

import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcome;
import org.flowpilot.model.WindowsSignOnStep;

/**
 * The Windows Autopilot deployment flows as Microsoft documents them, one per deployment mode. Each call builds a
 * new flow, which the caller may add to a model and change.
 */
public final class StandardFlows {

    private static final FlowpilotFactory FACTORY = FlowpilotFactory.eINSTANCE;

    /**
     * Where License Terms sit in a user flow. The seed's user flow, like the 2023 revisions of the user-flow and
     * deploy-the-device documents, says that depending on which screens the profile shows, License Terms, Privacy,
     * Language and Keyboard may appear before the sign-in page (before the ESP where no sign-in page comes first);
     * the current screen tips no longer name License Terms in user flows and place them nowhere else.
     */
    static final String LICENSE_TERMS_NOTE = licenseTermsNote("before the sign-in page");

    /** As {@link #LICENSE_TERMS_NOTE}, for the hybrid user flow, which reaches the ESP without a sign-in page. */
    static final String LICENSE_TERMS_BEFORE_ESP_NOTE = licenseTermsNote("before the Enrollment Status Page, which"
            + " this flow reaches without a sign-in page,");

    /** The language and keyboard screens of the hybrid user flow, which has no sign-in page before the ESP. */
    static final String LOCALE_BEFORE_ESP_NOTE = "Shown unless the profile presets it. Placed before the Enrollment"
            + " Status Page: this flow has no sign-in page before it, and the 2023 revision of this document lists"
            + " Language and Keyboard among the screens that may appear before the ESP.";

    /**
     * Where Privacy sits. The seed puts it before the sign-in page with the others; the screen tips say exactly when it
     * appears, at the start of Account setup, and the more specific document wins.
     */
    static final String PRIVACY_NOTE = "Shown unless the profile hides Privacy settings, when the user ESP (Account"
            + " setup) begins, before the user is signed in (tips-aadj-screens.md; tips-haadj-screens.md: before the"
            + " Windows sign-on screen). The seed lists Privacy among the screens that may appear before the sign-in"
            + " page; the screen tips say exactly when it appears, so the more specific document is followed.";

    /** Where the hybrid join's Entra screens sit: during Account setup, before it completes. */
    static final String DURING_ACCOUNT_SETUP_NOTE = "During Account setup: once the ESP appears again after the"
            + " domain sign-on, the Microsoft Entra sign-in page might appear, then \"Stay signed in to all your apps\""
            + " (OK, keeping \"Allow my organization to manage my device\") and \"You're all set!\" (Done)"
            + " (hybrid-azure-ad-join-deploy-device.md step 8). Account setup then goes on to complete.";

    /** Where the hybrid join's Sign out comes: once Account setup completes. */
    static final String HYBRID_SIGN_OUT_NOTE = "Account setup continues after \"You're all set!\"; once it completes,"
            + " the ESP finishes and the user selects Sign out (hybrid-azure-ad-join-deploy-device.md step 9).";

    /** License Terms in the technician flow: reached on every network, as the screen tips list it. */
    static final String TECHNICIAN_LICENSE_TERMS_NOTE = "Shown unless the profile hides Microsoft Software License"
            + " Terms, before the Microsoft Entra sign-in page (tips-technician-flow-screens.md). The network decides"
            + " only when the screens before it appear: over Wi-Fi the region and keyboard screens came before the"
            + " network screen, and License Terms still follows.";

    /** The sign-in page of the technician flow, where the technician does not sign in. */
    static final String TECHNICIAN_SIGN_IN_NOTE = "The technician does not sign in or select Next/Sign in here"
            + " (technician-flow.md step 4).";

    /** Where the Windows key is pressed. */
    static final String WINDOWS_KEY_NOTE = "At the Microsoft Entra sign-in page the technician presses the Windows key"
            + " five times, which shows \"What would you like to do?\" (technician-flow.md step 4). pre-provision.md"
            + " allows any first OOBE screen, such as the language screen; the tutorial's step is followed.";

    /** The configuration page, titled differently on Windows 10 and 11. */
    static final String CONFIGURATION_PAGE_NOTE = "\"Windows Autopilot Configuration\" on Windows 10, \"Pre-provision"
            + " with Windows Autopilot\" on Windows 11: organization, profile, assigned user and a QR code with the"
            + " device's unique id; Refresh downloads the profile again; Provision (Windows 10) or Next (Windows 11)"
            + " starts (technician-flow.md steps 6 and 7, pre-provision.md).";

    /** The red screen and its buttons. */
    static final String RED_SCREEN_NOTE = "The error, the organization, profile, assigned user, QR code (Windows 10"
            + " only) and the elapsed time; Retry for an easily fixed cause such as the network, Reset to start over,"
            + " and the logs: View diagnostics (Windows 10) or Ctrl+Shift+D then Export Logs (Windows 11)"
            + " (technician-flow.md step 9). The flow's way back to Device setup is Retry.";

    private StandardFlows() {
    }

    /** Every standard flow, in the order of {@link FlowKind}. */
    public static List<Flow> all() {
        return List.of(userDrivenEntraJoin(), userDrivenHybridJoin(), preProvisioningTechnician(),
                preProvisioningUserEntraJoin(), preProvisioningUserHybridJoin(), selfDeploying());
    }

    /** The standard flow of {@code kind}. */
    public static Flow of(FlowKind kind) {
        return switch (kind) {
            case USER_DRIVEN_ENTRA_JOIN -> userDrivenEntraJoin();
            case USER_DRIVEN_HYBRID_JOIN -> userDrivenHybridJoin();
            case PRE_PROVISIONING_TECHNICIAN -> preProvisioningTechnician();
            case PRE_PROVISIONING_USER_ENTRA_JOIN -> preProvisioningUserEntraJoin();
            case PRE_PROVISIONING_USER_HYBRID_JOIN -> preProvisioningUserHybridJoin();
            case SELF_DEPLOYING -> selfDeploying();
            default -> throw new IllegalArgumentException("No standard flow for " + kind.getLiteral());
        };
    }

    /** User-driven Microsoft Entra join: sign-in, the three ESP phases, then the desktop. */
    public static Flow userDrivenEntraJoin() {
        FlowBuilder b = new FlowBuilder(FlowKind.USER_DRIVEN_ENTRA_JOIN, "The user signs in with their Microsoft Entra"
                + " account; Device preparation, Device setup and Account setup all run.");
        String source = SourceDocuments.USER_DRIVEN_ENTRA_JOIN;
        Step preparation = b.esp(EspPhaseKind.DEVICE_PREPARATION, source);
        Step setup = b.esp(EspPhaseKind.DEVICE_SETUP, source);
        entraSignInFirst(b, SourceDocuments.ENTRA_JOIN_SCREENS, source, preparation);
        b.chain(preparation, setup, entraAccountSetup(b, source));
        return b.flow();
    }

    /**
     * User-driven Microsoft Entra hybrid join: Entra sign-in, the device phases, then the ESP steps aside for the
     * Windows sign-on with on-premises credentials before Account setup, and the user signs out and on again.
     */
    public static Flow userDrivenHybridJoin() {
        FlowBuilder b = new FlowBuilder(FlowKind.USER_DRIVEN_HYBRID_JOIN, "The user signs in with Microsoft Entra"
                + " credentials, then with on-premises domain credentials when the ESP is dismissed before Account"
                + " setup.");
        String source = SourceDocuments.USER_DRIVEN_HYBRID_JOIN;
        Step preparation = b.esp(EspPhaseKind.DEVICE_PREPARATION, source);
        Step setup = b.esp(EspPhaseKind.DEVICE_SETUP, source);
        entraSignInFirst(b, SourceDocuments.HYBRID_JOIN_SCREENS, source, preparation);
        b.chain(preparation, setup, hybridAccountSetup(b, source));
        return b.flow();
    }

    /**
     * The pre-provisioning technician flow: the screens before the sign-in page (language, keyboard, License Terms, on
     * every network), the Windows key five times at the Microsoft Entra sign-in page, the pre-provisioning screens,
     * the device phases only, then Reseal on the green screen, or the red screen with Retry, Reset and the logs.
     */
    public static Flow preProvisioningTechnician() {
        FlowBuilder b = new FlowBuilder(FlowKind.PRE_PROVISIONING_TECHNICIAN, "A technician pre-provisions the device:"
                + " only the device ESP phases run, then the device is resealed for the user.");
        String source = SourceDocuments.TECHNICIAN_FLOW;
        Step language = b.screen(ScreenKind.LANGUAGE_REGION, "Language/Country/Region", SourceDocuments.TECHNICIAN_FLOW_SCREENS);
        Step keyboard = b.screen(ScreenKind.KEYBOARD, "Keyboard", SourceDocuments.TECHNICIAN_FLOW_SCREENS);
        Step license = b.note(b.screen(ScreenKind.LICENSE_TERMS, "License Terms",
                SourceDocuments.TECHNICIAN_FLOW_SCREENS), TECHNICIAN_LICENSE_TERMS_NOTE);
        Step signIn = b.note(b.add(FACTORY.createSignInStep(), "Microsoft Entra sign-in page", source),
                TECHNICIAN_SIGN_IN_NOTE);
        Step windowsKey = b.note(b.add(FACTORY.createProvisioningMenuStep(), "Windows key five times", source),
                WINDOWS_KEY_NOTE);
        Step menu = b.screen(ScreenKind.PROVISIONING_MENU, "What would you like to do?", source);
        Step configuration = b.note(b.screen(ScreenKind.PRE_PROVISION_WITH_AUTOPILOT,
                "Pre-provisioning configuration page", source), CONFIGURATION_PAGE_NOTE);
        Step reboot = b.add(FACTORY.createRebootStep(), "Reboot", source);
        Step preparation = b.esp(EspPhaseKind.DEVICE_PREPARATION, source);
        Step setup = b.esp(EspPhaseKind.DEVICE_SETUP, source);
        Step success = b.screen(ScreenKind.PRE_PROVISIONING_RESULT, "Pre-provisioning succeeded (green screen)", source);
        Step failure = b.note(b.screen(ScreenKind.PRE_PROVISIONING_RESULT, "Pre-provisioning failed (red screen)",
                source), RED_SCREEN_NOTE);
        Step reseal = b.add(FACTORY.createResealStep(), "Reseal", source);
        // Over Wi-Fi the region and keyboard screens came before the network screen; License Terms still shows.
        b.networkConnectivity(language, license);
        b.chain(language, keyboard, license, signIn, windowsKey, menu, configuration, reboot, preparation, setup);
        b.go(setup, success, outcome(StepOutcome.SUCCEEDED));
        b.go(setup, failure, otherwise());
        b.go(failure, setup, null);
        b.go(success, reseal, null);
        return b.flow();
    }

    /**
     * The pre-provisioning user flow with Microsoft Entra join: Device preparation does not run again, Device setup
     * does, then Account setup and the desktop.
     */
    public static Flow preProvisioningUserEntraJoin() {
        FlowBuilder b = new FlowBuilder(FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN, "The user turns on the resealed"
                + " device and signs in; Device setup runs again for anything assigned since the technician flow.");
        String source = SourceDocuments.USER_FLOW_ENTRA_JOIN;
        Step setup = b.esp(EspPhaseKind.DEVICE_SETUP, source);
        entraSignInFirst(b, SourceDocuments.ENTRA_JOIN_SCREENS, source, setup);
        b.chain(setup, entraAccountSetup(b, source));
        return b.flow();
    }

    /**
     * The pre-provisioning user flow with Microsoft Entra hybrid join: the screens the profile shows (language,
     * keyboard, License Terms), then the ESP without a sign-in page first, a reboot and the Windows sign-on with
     * domain credentials, Account setup, and sign out.
     */
    public static Flow preProvisioningUserHybridJoin() {
        FlowBuilder b = new FlowBuilder(FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN, "The resealed device goes straight"
                + " to the ESP; the user signs on with on-premises credentials before Account setup.");
        String source = SourceDocuments.USER_FLOW_HYBRID_JOIN;
        Step language = b.note(b.screen(ScreenKind.LANGUAGE_REGION, "Language/Country/Region", source),
                LOCALE_BEFORE_ESP_NOTE);
        Step keyboard = b.note(b.screen(ScreenKind.KEYBOARD, "Keyboard", source), LOCALE_BEFORE_ESP_NOTE);
        Step license = b.note(b.screen(ScreenKind.LICENSE_TERMS, "License Terms", source),
                LICENSE_TERMS_BEFORE_ESP_NOTE);
        Step setup = b.esp(EspPhaseKind.DEVICE_SETUP, source);
        Step reboot = b.add(FACTORY.createRebootStep(), "Reboot", SourceDocuments.PRE_PROVISIONING);
        b.networkConnectivity(language, license);
        b.chain(language, keyboard, license, setup, reboot, hybridAccountSetup(b, source));
        return b.flow();
    }

    /**
     * Self-deploying: no user credentials; only the device phases run and the device ends at the Windows sign-on
     * screen (Account setup runs when a user later signs in).
     */
    public static Flow selfDeploying() {
        FlowBuilder b = new FlowBuilder(FlowKind.SELF_DEPLOYING, "A kiosk or shared device deploys itself with TPM"
                + " attestation; only the device ESP phases run.");
        String source = SourceDocuments.SELF_DEPLOYING_DEVICE;
        Step keyboard = b.screen(ScreenKind.KEYBOARD, "Keyboard", source);
        Step preparation = b.esp(EspPhaseKind.DEVICE_PREPARATION, SourceDocuments.SELF_DEPLOYING);
        Step setup = b.esp(EspPhaseKind.DEVICE_SETUP, SourceDocuments.SELF_DEPLOYING);
        Step signOn = b.add(FACTORY.createWindowsSignOnStep(), "Windows sign-on", SourceDocuments.SELF_DEPLOYING);
        b.networkConnectivity(keyboard, preparation);
        b.chain(keyboard, preparation, setup, signOn);
        return b.flow();
    }

    /**
     * Adds the start of a flow where the user signs in with Microsoft Entra: the network steps, the language,
     * keyboard and License Terms screens the profile may hide, the sign-in page and MFA, going on to
     * {@code afterSignIn}.
     */
    private static void entraSignInFirst(FlowBuilder b, String screensSource, String source, Step afterSignIn) {
        Step language = b.screen(ScreenKind.LANGUAGE_REGION, "Language/Country/Region", screensSource);
        Step keyboard = b.screen(ScreenKind.KEYBOARD, "Keyboard", screensSource);
        Step license = licenseTerms(b, source);
        Step signIn = b.add(FACTORY.createSignInStep(), "Microsoft Entra sign-in", source);
        b.networkConnectivity(language, license);
        b.chain(language, keyboard, license, signIn);
        b.signInWithMfa(signIn, afterSignIn, source);
    }

    /** Adds the License Terms screen of a user flow, with the note saying where the documents place it. */
    private static Step licenseTerms(FlowBuilder b, String source) {
        return b.note(b.screen(ScreenKind.LICENSE_TERMS, "License Terms", source), LICENSE_TERMS_NOTE);
    }

    private static String licenseTermsNote(String where) {
        return "Shown unless the profile hides Microsoft Software License Terms. Placed " + where + " after the"
                + " language and keyboard screens and the network connection: the seed's user flow (and the 2023"
                + " revision of this document) lists License Terms, Privacy, Language and Keyboard among the screens"
                + " that may appear before the sign-in page (before the Enrollment Status Page, that revision says);"
                + " no document places License Terms elsewhere in a user flow.";
    }

    /** Adds Privacy, Account setup and the desktop of a Microsoft Entra join; returns the first of them. */
    private static Step entraAccountSetup(FlowBuilder b, String source) {
        Step privacy = b.note(b.screen(ScreenKind.PRIVACY, "Privacy", SourceDocuments.ENTRA_JOIN_SCREENS),
                PRIVACY_NOTE);
        Step account = b.esp(EspPhaseKind.ACCOUNT_SETUP, source);
        Step desktop = b.add(FACTORY.createDesktopStep(), "Desktop", source);
        b.chain(privacy, account, desktop);
        return privacy;
    }

    /**
     * Adds the end of a hybrid join (hybrid-azure-ad-join-deploy-device.md steps 7 to 9): Privacy, the Windows sign-on
     * with domain credentials while the ESP is dismissed, then, during Account setup, "Stay signed in to all your apps"
     * and "You're all set!", Account setup completing with Sign out, and the Windows sign-on; returns the first step.
     */
    private static Step hybridAccountSetup(FlowBuilder b, String source) {
        Step privacy = b.note(b.screen(ScreenKind.PRIVACY, "Privacy", SourceDocuments.HYBRID_JOIN_SCREENS),
                PRIVACY_NOTE);
        Step domainSignOn = onPremisesSignOn(b, "Windows sign-on (Ctrl+Alt+Del, domain credentials)", source);
        Step staySignedIn = b.note(b.screen(ScreenKind.STAY_SIGNED_IN, "Stay signed in to all your apps", source),
                DURING_ACCOUNT_SETUP_NOTE);
        Step allSet = b.note(b.screen(ScreenKind.ALL_SET, "You're all set!", source), DURING_ACCOUNT_SETUP_NOTE);
        Step account = b.note(b.esp(EspPhaseKind.ACCOUNT_SETUP, source), HYBRID_SIGN_OUT_NOTE);
        Step signOn = onPremisesSignOn(b, "Sign out, then Windows sign-on", source);
        b.chain(privacy, domainSignOn, staySignedIn, allSet, account, signOn);
        return privacy;
    }

    private static Step onPremisesSignOn(FlowBuilder b, String name, String source) {
        WindowsSignOnStep signOn = b.add(FACTORY.createWindowsSignOnStep(), name, source);
        signOn.setOnPremisesCredentials(true);
        return signOn;
    }
}
