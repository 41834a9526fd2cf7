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
     * The pre-provisioning technician flow: Windows key five times on the first screen, the pre-provisioning screens,
     * the device phases only, then reseal on success or retry on failure.
     */
    public static Flow preProvisioningTechnician() {
        FlowBuilder b = new FlowBuilder(FlowKind.PRE_PROVISIONING_TECHNICIAN, "A technician pre-provisions the device:"
                + " only the device ESP phases run, then the device is resealed for the user.");
        String source = SourceDocuments.TECHNICIAN_FLOW;
        Step language = b.screen(ScreenKind.LANGUAGE_REGION, "Language/Country/Region", SourceDocuments.TECHNICIAN_FLOW_SCREENS);
        Step keyboard = b.screen(ScreenKind.KEYBOARD, "Keyboard", SourceDocuments.TECHNICIAN_FLOW_SCREENS);
        Step license = b.screen(ScreenKind.LICENSE_TERMS, "License Terms", SourceDocuments.TECHNICIAN_FLOW_SCREENS);
        Step windowsKey = b.add(FACTORY.createProvisioningMenuStep(), "Windows key five times", SourceDocuments.PRE_PROVISIONING);
        Step menu = b.screen(ScreenKind.PROVISIONING_MENU, "What would you like to do?", source);
        Step configuration = b.screen(ScreenKind.PRE_PROVISION_WITH_AUTOPILOT, "Pre-provision with Windows Autopilot", source);
        Step reboot = b.add(FACTORY.createRebootStep(), "Reboot", source);
        Step preparation = b.esp(EspPhaseKind.DEVICE_PREPARATION, source);
        Step setup = b.esp(EspPhaseKind.DEVICE_SETUP, source);
        Step success = b.screen(ScreenKind.PRE_PROVISIONING_RESULT, "Pre-provisioning succeeded (green screen)", source);
        Step failure = b.screen(ScreenKind.PRE_PROVISIONING_RESULT, "Pre-provisioning failed (red screen): Retry", source);
        Step reseal = b.add(FACTORY.createResealStep(), "Reseal", source);
        b.networkConnectivity(language, windowsKey);
        b.chain(language, keyboard, license, windowsKey, menu, configuration, reboot, preparation, setup);
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
     * Adds the end of a hybrid join: Privacy, the Windows sign-on with domain credentials while the ESP is dismissed,
     * Account setup with its Entra screens, then sign out and sign on; returns the first step.
     */
    private static Step hybridAccountSetup(FlowBuilder b, String source) {
        Step privacy = b.note(b.screen(ScreenKind.PRIVACY, "Privacy", SourceDocuments.HYBRID_JOIN_SCREENS),
                PRIVACY_NOTE);
        Step domainSignOn = onPremisesSignOn(b, "Windows sign-on (Ctrl+Alt+Del, domain credentials)", source);
        Step account = b.esp(EspPhaseKind.ACCOUNT_SETUP, source);
        Step staySignedIn = b.screen(ScreenKind.STAY_SIGNED_IN, "Stay signed in to all your apps", source);
        Step allSet = b.screen(ScreenKind.ALL_SET, "You're all set!", source);
        Step signOn = onPremisesSignOn(b, "Sign out, then Windows sign-on", source);
        b.chain(privacy, domainSignOn, account, staySignedIn, allSet, signOn);
        return privacy;
    }

    private static Step onPremisesSignOn(FlowBuilder b, String name, String source) {
        WindowsSignOnStep signOn = b.add(FACTORY.createWindowsSignOnStep(), name, source);
        signOn.setOnPremisesCredentials(true);
        return signOn;
    }
}
