package org.flowpilot.engine.internal;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.ScreenControl;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemOutcome;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.engine.spi.StepContext;
import org.flowpilot.engine.spi.StepResult;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.StepOutcome;
import org.flowpilot.model.Transition;
import org.flowpilot.model.WindowsSignOnStep;

/**
 * What each kind of step does, after the Autopilot documentation (the reasons name the facts they rest on; see
 * autopilot-domain.md for the sources).
 */
final class StepSemantics {

    /** Error code when the profile does not allow pre-provisioning (profiles.md). */
    static final String PRE_PROVISIONING_NOT_ALLOWED = "0x80180005";
    /** Error code when a device without TPM 2.0 (or a VM) is verified (self-deploying.md). */
    static final String NO_TPM = "0x800705B4";
    /** Error code when TPM attestation gives up during "Securing your hardware" (known-issues.md). */
    static final String ATTESTATION_RETRIES_EXCEEDED = "0x81039001";


    /**
     * A step worked out: the state after it, the step the engine goes to whatever the flow's transitions say
     * ({@code forcedNext}, or null), the edge Continue anyway follows ({@code continued}, or null), and what the
     * record says, completed by the transition the run takes.
     */
    static final class Executed {
        private final Node node;
        private final State before;
        private final Out out;
        final State after;
        final Node forcedNext;
        final Node.Edge continued;

        Executed(Node node, State before, Out out, State after, Node forcedNext, Node.Edge continued) {
            this.node = node;
            this.before = before;
            this.out = out;
            this.after = after;
            this.forcedNext = forcedNext;
            this.continued = continued;
        }

        StepRecord record(Transition taken) {
            return new StepRecord(before.stepCount() + 1, node.kind, node.elementId, node.step, node.name,
                    out.screen, out.screenId, out.shown, out.buttons, out.username, out.espPhase, out.status,
                    out.reason, out.clock, out.message, out.errorCode, out.items, taken);
        }
    }

    /** The values of one step being worked out; turned into a record and a state at the end. */
    private static final class Out {
        Screen screen;
        String screenId;
        boolean shown;
        List<String> buttons = List.of();
        String username;
        EspPhaseId espPhase;
        StepStatus status = StepStatus.RAN;
        String reason;
        String message;
        String errorCode;
        List<TrackedItemRecord> items = List.of();
        int clock;
        boolean online;
        boolean downloaded;
        int espMinutes;
        StepOutcome lastOutcome;
        RunOutcome ends;
        String diagnostic;
        boolean failed;
        Node forcedNext;
        Node failedAt;
        int choicesUsed;
        boolean retried;
        /** Retry and Reset leave the failure behind: the error code and diagnostic no longer hold. */
        boolean failureCleared;
        /** Continue anyway: the flow goes on from this step as if it had succeeded. */
        Node continuePast;

        Out(State before) {
            clock = before.clockMinutes();
            online = before.online();
            downloaded = before.profileDownloaded();
            espMinutes = before.espMinutes();
            lastOutcome = before.lastStepOutcome();
            errorCode = null;
            failed = before.failed();
            failedAt = before.failedAt();
            choicesUsed = before.choicesUsed();
            retried = before.retried();
        }

        void screen(Screen id, boolean isShown, List<String> offered, StepStatus what, String why) {
            screen = id;
            screenId = id == null ? null : id.id();
            shown = isShown;
            buttons = offered;
            status = what;
            reason = why;
        }
    }

    private StepSemantics() {
    }

    static Executed execute(Node node, State before, RunContext ctx) {
        Out out = new Out(before);
        switch (node.kind) {
            case POWER_ON -> powerOn(out, ctx);
            case NETWORK_CHECK -> networkCheck(out, ctx);
            case SCREEN -> screen(node, out, ctx, before);
            case SIGN_IN -> signIn(out, ctx);
            case MFA -> mfa(out, ctx);
            case ESP_PHASE -> espPhase(node, out, ctx);
            case REBOOT -> out.reason = ctx.scenario.criticalUpdateAvailable()
                    ? "The device reboots to apply critical OOBE updates, then the Autopilot process goes on."
                    : "The device restarts, as the deployment documents for this point.";
            case WINDOWS_KEY -> windowsKey(out, ctx);
            case RESEAL -> {
                out.reason = "Reseal shuts the device down; it is ready to ship to the user.";
                out.ends = RunOutcome.RESEALED;
            }
            case WINDOWS_SIGN_ON -> windowsSignOn(node, out, ctx);
            case DESKTOP -> {
                out.screen(Screen.DESKTOP, true, List.of(), StepStatus.RAN, "Setup is complete: the desktop appears.");
                out.ends = RunOutcome.DESKTOP;
            }
            case CUSTOM -> custom(node, out, ctx, before);
            case ESP_ERROR -> espError(out, ctx, before);
            case PROVISION_FAILURE -> provisionResult(out, ctx, before);
            case STEP_BUDGET -> throw new IllegalStateException("The step budget is handled by the run");
        }
        out.clock += Durations.of(node.kind, out.shown, out.screen, ctx.scenario.criticalUpdateAvailable());
        if ((out.ends == RunOutcome.DESKTOP || out.ends == RunOutcome.SIGN_ON_SCREEN) && installsQualityUpdates(ctx)) {
            out.clock += Durations.QUALITY_UPDATES.minutes();
            out.reason += " Before this, Windows quality updates installed at the end of OOBE (Windows 11, ESP setting"
                    + " Install Windows quality updates: Yes), which takes 20 to 40 minutes; the clock counts 20.";
        }
        String errorCode = out.failureCleared ? null : out.errorCode != null ? out.errorCode : before.errorCode();
        String diagnostic = out.failureCleared ? null : out.diagnostic != null ? out.diagnostic : before.diagnostic();
        boolean failed = out.failed || out.ends == RunOutcome.FAILED || out.ends == RunOutcome.BLOCKED;
        State after = new State(null, before.stepCount() + 1, out.clock, out.online, out.downloaded, out.espMinutes,
                out.lastOutcome, out.ends, errorCode, diagnostic, failed, out.failedAt, out.choicesUsed, out.retried);
        Node next = out.forcedNext;
        Node.Edge continued = null;
        if (out.continuePast != null) {
            continued = Guards.choose(out.continuePast, after, ctx);
            if (continued == null) {
                after = after.ended(RunOutcome.FAILED, "No transition leaving '" + out.continuePast.name
                        + "' holds after Continue anyway: the flow stops there.");
            } else {
                next = continued.target();
            }
        }
        return new Executed(node, before, out, after, next, continued);
    }

    // windows-enrollment-status.md: Windows 11 only, after the ESP, not in the technician flow.
    private static boolean installsQualityUpdates(RunContext ctx) {
        return ctx.windows11 && ctx.esp.isInstallWindowsQualityUpdates()
                && ctx.esp.isShowAppAndProfileConfigurationProgress() && ctx.mode != RunContext.Mode.TECHNICIAN;
    }

    private static void powerOn(Out out, RunContext ctx) {
        out.reason = switch (ctx.scenario.network()) {
            case WIRED -> "Powered on with a wired connection: online at once, the Autopilot profile downloads.";
            case WIFI -> "Powered on without a wired connection: the region and keyboard come before connecting.";
            case NONE -> "Powered on without any network: connectivity to the Internet is required.";
        };
        if (ctx.scenario.network() == Network.WIRED) {
            out.online = true;
            out.downloaded = true;
        }
        long sinceTechnician = ctx.scenario.minutesSinceTechnicianFlow();
        if (ctx.mode == RunContext.Mode.PRE_PROVISIONED_USER && sinceTechnician >= 0 && sinceTechnician < 90) {
            // pre-provision.md advises the wait but names no visible effect, so the run only says so.
            out.reason += " The user flow starts " + sinceTechnician + " minutes after the technician flow; the"
                    + " documentation advises waiting at least 90 minutes so that tokens refresh.";
        }
        if (ctx.mode == RunContext.Mode.PRE_PROVISIONED_USER && ctx.scenario.startsSixMonthsAfterTechnicianFlow()) {
            out.reason += " The user flow starts more than six months after the technician flow: Win32 apps may fail"
                    + " their detection.";
        }
        if (ctx.mode == RunContext.Mode.SELF_DEPLOYING && ctx.scenario.assignedUser() != null) {
            out.reason += " Self-deploying ignores the user assigned to the device ("
                    + ctx.scenario.assignedUser().userPrincipalName() + ").";
        }
    }

    private static void networkCheck(Out out, RunContext ctx) {
        if (!ctx.flow.hasNetworkScreen) {
            // The flow models no network screen of its own, so the check stands for it.
            networkScreen(out, ctx);
            return;
        }
        out.reason = switch (ctx.scenario.network()) {
            case WIRED -> "Wired connectivity: no network screens.";
            case WIFI, NONE -> "No wired connectivity: the region, keyboard and network screens come first.";
        };
    }

    private static void networkScreen(Out out, RunContext ctx) {
        switch (ctx.scenario.network()) {
            case WIRED -> out.screen(Screen.NETWORK_CONNECTION, false, List.of(), StepStatus.SKIPPED,
                    "Wired connectivity: the network screen does not appear.");
            case WIFI -> {
                out.screen(Screen.NETWORK_CONNECTION, true, ctx.buttons(Screen.NETWORK_CONNECTION), StepStatus.RAN, "Let's connect you to a network: the person"
                        + " connects to Wi-Fi, Next becomes available, and the Autopilot profile downloads.");
                out.online = true;
                out.downloaded = true;
            }
            case NONE -> {
                out.screen(Screen.NETWORK_CONNECTION, true, List.of(), StepStatus.FAILED, "Connectivity to the Internet is"
                        + " required: without a wired or Wi-Fi network, Next never becomes available.");
                out.ends = RunOutcome.BLOCKED;
                out.diagnostic = "Blocked at the network screen: the device has no network and Autopilot needs the"
                        + " Internet.";
            }
        }
    }

    private static void screen(Node node, Out out, RunContext ctx, State before) {
        ScreenKind kind = node.screen;
        if (kind == null) {
            out.reason = "The step names no screen.";
            out.status = StepStatus.SKIPPED;
            return;
        }
        switch (kind) {
            case LANGUAGE_REGION, KEYBOARD, ADDITIONAL_KEYBOARD -> localeScreen(node, out, ctx, before);
            case NETWORK_CONNECTION -> networkScreen(out, ctx);
            case LICENSE_TERMS -> hideable(out, ctx, kind, Screen.LICENSE_TERMS,
                    "Microsoft Software License Terms is set to Hide in the profile");
            case PRIVACY -> hideable(out, ctx, kind, Screen.PRIVACY,
                    "Privacy settings is set to Hide in the profile");
            case CHANGE_ACCOUNT_OPTIONS -> hideable(out, ctx, kind, null,
                    "Hide change account options is set to Hide in the profile");
            case PROVISIONING_MENU -> provisioningMenu(out, ctx);
            case PRE_PROVISION_WITH_AUTOPILOT -> preProvisionConfiguration(out, ctx);
            case PRE_PROVISIONING_RESULT -> provisionResult(out, ctx, before);
            case STAY_SIGNED_IN -> {
                out.screen(Screen.STAY_SIGNED_IN, true, ctx.buttons(Screen.STAY_SIGNED_IN), StepStatus.RAN, "Stay signed in to all your apps:"
                        + " keep \"Allow my organization to manage my device\" and select OK.");
                out.username = ctx.userName();
            }
            case ALL_SET -> out.screen(Screen.ALL_SET, true, ctx.buttons(Screen.ALL_SET), StepStatus.RAN,
                    "You're all set!: select Done.");
        }
    }

    private static void localeScreen(Node node, Out out, RunContext ctx, State before) {
        ScreenKind kind = node.screen;
        Screen id = Screen.of(kind);
        List<String> buttons = ctx.buttons(id);
        // The additional layouts screen follows the keyboard screen: it goes when the keyboard is configured.
        ScreenKind setting = kind == ScreenKind.ADDITIONAL_KEYBOARD ? ScreenKind.KEYBOARD : kind;
        boolean hiddenByProfile = ctx.hidden.contains(setting);
        if (node.beforeProfileDownload || !before.profileDownloaded()) {
            out.screen(id, true, buttons, StepStatus.RAN, hiddenByProfile
                    ? "Shown although the profile hides it: without wired connectivity the profile is not downloaded"
                            + " yet, and the screen is needed to connect."
                    : "Shown before the network connection: the screen is needed to connect.");
        } else if (hiddenByProfile) {
            out.screen(id, false, List.of(), StepStatus.SKIPPED, setting == ScreenKind.LANGUAGE_REGION
                    ? "Hidden by the profile: Language (Region) is set to "
                            + ctx.profile.getLanguageRegion().getLiteral() + "."
                    : "Hidden by the profile: Automatically configure keyboard is Yes.");
        } else {
            out.screen(id, true, buttons, StepStatus.RAN, "Shown: the profile lets the person choose.");
        }
    }

    private static void hideable(Out out, RunContext ctx, ScreenKind kind, Screen id, String hiddenBecause) {
        if (ctx.hidden.contains(kind)) {
            String forced = ctx.mode == RunContext.Mode.SELF_DEPLOYING
                    ? "Hidden: self-deploying mode forces it hidden." : "Hidden: " + hiddenBecause + ".";
            out.screen(id, false, List.of(), StepStatus.SKIPPED, forced);
        } else {
            out.screen(id, id != null, id == null ? List.of() : ctx.buttons(id), StepStatus.RAN,
                    "Shown: the profile does not hide it.");
        }
    }

    private static void signIn(Out out, RunContext ctx) {
        List<String> button = List.of(ctx.windows11 ? "Sign in" : "Next");
        String user = ctx.userName();
        String prefilled = user == null ? "No user is assigned: the person types the user name."
                : "The assigned user's name is pre-filled (" + user + ").";
        if (ctx.mode == RunContext.Mode.TECHNICIAN) {
            out.screen(Screen.ENTRA_SIGN_IN, true, button, StepStatus.RAN,
                    "The technician does not sign in here but presses the Windows key five times. " + prefilled);
        } else if (!ctx.userPresent()) {
            out.screen(Screen.ENTRA_SIGN_IN, true, button, StepStatus.RAN, "Nobody is at the device to sign in: the"
                    + " Microsoft Entra sign-in page waits. " + prefilled);
            out.ends = RunOutcome.BLOCKED;
        } else {
            out.screen(Screen.ENTRA_SIGN_IN, true, button, StepStatus.RAN, "Microsoft Entra sign-in"
                    + (ctx.hybrid ? " with the Entra (not on-premises) credentials" : "") + ", then "
                    + button.get(0) + " (Windows " + (ctx.windows11 ? "11" : "10") + "). " + prefilled);
        }
        out.username = user;
    }

    private static void mfa(Out out, RunContext ctx) {
        if (ctx.scenario.mfa()) {
            out.screen(Screen.MFA, true, List.of(), StepStatus.RAN, "Multifactor authentication is required for the user.");
        } else {
            out.screen(Screen.MFA, false, List.of(), StepStatus.SKIPPED, "MFA is not required in this scenario.");
        }
    }

    private static void windowsKey(Out out, RunContext ctx) {
        if (!ctx.flow.hasProvisioningMenuScreen) {
            provisioningMenu(out, ctx);
            return;
        }
        out.reason = "On the first OOBE screen the technician presses the Windows key five times.";
    }

    private static void provisioningMenu(Out out, RunContext ctx) {
        List<String> buttons = ctx.buttons(Screen.PROVISIONING_MENU);
        out.screen(Screen.PROVISIONING_MENU, true, buttons, StepStatus.RAN, "Windows key pressed five times: \"What would"
                + " you like to do?\"; the technician picks " + buttons.get(0) + " and selects " + buttons.get(1) + ".");
    }

    private static void preProvisionConfiguration(Out out, RunContext ctx) {
        List<String> buttons = ctx.buttons(Screen.PRE_PROVISION_CONFIGURATION);
        String title = Screen.PRE_PROVISION_CONFIGURATION.title(ctx.scenario.windows());
        out.screen(Screen.PRE_PROVISION_CONFIGURATION, true, buttons, StepStatus.RAN, title + ": the technician checks the"
                + " organization, profile and assigned user, then selects " + buttons.get(1) + ".");
        out.username = ctx.userName();
        out.message = summary(ctx, true) + " QR code with the device's unique id.";
    }

    private static String summary(RunContext ctx, boolean withUser) {
        String organization = ctx.scenario.organizationName() == null ? "(not set)" : ctx.scenario.organizationName();
        String profileName = ctx.profileModeled && ctx.profile.getName() != null ? ctx.profile.getName()
                : "(no profile modeled)";
        String user = ctx.userName() == null ? "none" : ctx.userName();
        return "Organization: " + organization + ". Profile: " + profileName + "."
                + (withUser ? " Assigned user: " + user + "." : "");
    }

    private static void provisionResult(Out out, RunContext ctx, State before) {
        out.username = ctx.userName();
        if (before.failed()) {
            List<String> buttons = ctx.buttons(Screen.PROVISION_RESULT).stream()
                    .filter(label -> !label.equals(ScreenControl.RESEAL.label(ctx.scenario.windows()))).toList();
            out.screen(Screen.PROVISION_RESULT, true, buttons, StepStatus.FAILED, "Pre-provisioning failed (red screen):"
                    + " Retry for an easily fixed cause such as the network, or Reset to start over"
                    + (ctx.windows11 ? "; Ctrl+Shift+D then Export Logs for the logs." : "; View diagnostics for the logs."));
            out.message = (before.diagnostic() == null ? "" : before.diagnostic() + " ") + summary(ctx, true)
                    + " Elapsed: " + before.clockMinutes() + " min.";
            out.errorCode = before.errorCode();
            ScreenControl control = Screen.PROVISION_RESULT.control(choice(ctx, before));
            press(out, ctx, before, ctx.flow.provisionFailure,
                    control == null ? null : control.label(ctx.scenario.windows()));
            return;
        }
        out.screen(Screen.PROVISION_RESULT, true, ctx.buttons(ScreenControl.RESEAL), StepStatus.RAN, "Pre-provisioning succeeded (green"
                + " screen): the technician selects Reseal.");
        out.message = summary(ctx, true) + (ctx.windows11 ? "" : " QR code.") + " Elapsed: " + before.clockMinutes()
                + " min.";
    }

    private static void windowsSignOn(Node node, Out out, RunContext ctx) {
        boolean onPremises = ((WindowsSignOnStep) node.step).isOnPremisesCredentials();
        String account = ctx.user == null ? null
                : onPremises && ctx.user.onPremisesAccount() != null ? ctx.user.onPremisesAccount()
                        : ctx.user.userPrincipalName();
        if (node.edges.length > 0) {
            out.screen(Screen.WINDOWS_SIGN_ON, true, ctx.buttons(Screen.WINDOWS_SIGN_ON), StepStatus.RAN, "The ESP is temporarily"
                    + " dismissed and the Windows sign-on screen appears: Ctrl+Alt+Del, then the on-premises domain"
                    + " credentials.");
            out.username = account;
            return;
        }
        out.screen(Screen.WINDOWS_SIGN_ON, true, ctx.buttons(Screen.WINDOWS_SIGN_ON), StepStatus.RAN, switch (ctx.mode) {
            case SELF_DEPLOYING -> "Only the device phases ran: the device waits at the Windows sign-on screen;"
                    + (ctx.userPresent() ? " a user is at the device, and Account setup runs when they sign in."
                            : " Account setup runs when a user signs in later.");
            default -> onPremises ? "The user signed out at the end of the ESP: at the Windows sign-on screen they"
                    + " sign in with their on-premises credentials." : "The Windows sign-on screen appears.";
        });
        out.username = ctx.mode == RunContext.Mode.SELF_DEPLOYING ? null : account;
        out.ends = RunOutcome.SIGN_ON_SCREEN;
    }

    private static void espPhase(Node node, Out out, RunContext ctx) {
        EspPhaseKind phase = ((EspPhaseStep) node.step).getPhase();
        out.espPhase = EspPhaseId.of(phase);
        out.screen = Screen.ESP;
        out.screenId = Screen.ESP.id();
        String skip = skipReason(phase, ctx);
        if (skip != null) {
            out.status = StepStatus.SKIPPED;
            out.reason = skip;
            out.lastOutcome = StepOutcome.SUCCEEDED;
            return;
        }
        boolean visible = ctx.esp.isShowAppAndProfileConfigurationProgress();
        out.shown = visible;
        out.buttons = ctx.buttons(ScreenControl.SHOW_DETAILS);
        String intro = phase.getLiteral() + (phase == EspPhaseKind.DEVICE_SETUP
                && ctx.mode == RunContext.Mode.PRE_PROVISIONED_USER
                        ? " runs again, in case policies or apps were assigned since the technician flow."
                        : " runs.");
        if (!visible) {
            intro += " The ESP is turned off (Show app and profile configuration progress: No), so nothing waits for"
                    + " it.";
        }
        Failure failure = phase == EspPhaseKind.DEVICE_PREPARATION ? attestationFailure(ctx) : null;
        if (failure == null && node == ctx.firstEspPhase && ctx.hybrid && ctx.scenario.domainControllerUnreachable()) {
            String effect = domainControllerEffect(ctx);
            if (effect != null) {
                failure = new Failure(null, effect);
            } else {
                intro += " " + domainControllerNote(ctx);
            }
        }
        if (failure != null) {
            out.status = StepStatus.FAILED;
            out.reason = intro + " " + failure.text();
            out.errorCode = failure.code();
            out.lastOutcome = StepOutcome.FAILED;
            out.diagnostic = failure.text();
            out.failed = true;
            out.failedAt = node;
            out.buttons = List.of();
            out.forcedNext = ctx.mode == RunContext.Mode.TECHNICIAN ? ctx.flow.provisionFailure : ctx.flow.espError;
            return;
        }
        List<RunContext.ItemPlan> plans = ctx.itemsOf(phase);
        List<TrackedItemRecord> records = new ArrayList<>(plans.size());
        int timeout = ctx.espTimeoutMinutes;
        StepStatus status = StepStatus.RAN;
        String why = null;
        if (visible && ctx.scenario.espTimesOut() && node == ctx.lastEspPhase) {
            status = StepStatus.TIMED_OUT;
            why = "Installation took longer than " + timeout + " minutes.";
        }
        if (visible && ctx.scenario.networkLost() && !out.retried && node == ctx.firstEspPhase) {
            // The docs name the network as the easily fixed cause Retry is for: the connection is back after it.
            status = StepStatus.TIMED_OUT;
            why = "The network connection was lost: nothing more downloads, and installation took longer than "
                    + timeout + " minutes.";
        }
        for (int i = 0; i < plans.size() && status == StepStatus.RAN; i++) {
            RunContext.ItemPlan plan = plans.get(i);
            switch (plan.behaviour()) {
                case NOT_TRACKED, NOT_NEEDED, NOT_BLOCKING, NOT_BLOCKING_FAILS, DEFERRED -> records.add(
                        item(plan, 0, untracked(plan.behaviour())));
                case HANGS -> {
                    int waited = visible ? Math.max(0, timeout - out.espMinutes) : 0;
                    records.add(item(plan, waited, TrackedItemOutcome.HUNG));
                    if (visible) {
                        status = StepStatus.TIMED_OUT;
                        why = plan.name() + " never finished; installation took longer than " + timeout + " minutes.";
                    }
                }
                case FAILS, FAILS_ONCE, SUCCEEDS -> {
                    if (visible && out.espMinutes + plan.minutes() > timeout) {
                        records.add(item(plan, timeout - out.espMinutes, TrackedItemOutcome.TIMED_OUT));
                        status = StepStatus.TIMED_OUT;
                        why = "Installation took longer than " + timeout + " minutes, during " + plan.name() + ".";
                    } else {
                        out.espMinutes += plan.minutes();
                        out.clock += plan.minutes();
                        // A failure that strikes once is spent after a Retry or Reset.
                        boolean fails = plan.behaviour() == RunContext.Behaviour.FAILS
                                || plan.behaviour() == RunContext.Behaviour.FAILS_ONCE && !out.retried;
                        records.add(item(plan, plan.minutes(),
                                fails ? TrackedItemOutcome.FAILED : TrackedItemOutcome.SUCCEEDED));
                        if (fails && visible) {
                            status = StepStatus.FAILED;
                            why = plan.name() + " failed to install" + (plan.cause() == null ? ""
                                    : ": " + plan.cause()) + "; the ESP stops installing.";
                        }
                    }
                }
            }
        }
        if (status == StepStatus.TIMED_OUT) {
            out.clock += Math.max(0, timeout - out.espMinutes);
            out.espMinutes = Math.max(out.espMinutes, timeout);
        }
        out.items = records;
        out.status = status;
        for (TrackedItemRecord item : records) {
            if (item.outcome() == TrackedItemOutcome.FAILED_NOT_BLOCKING) {
                intro += " " + item.name() + " failed, but it is not a selected blocking app: the ESP goes on and"
                        + " retries it at the user's first sign-in.";
            } else if (item.outcome() == TrackedItemOutcome.DEFERRED_TO_USER_FLOW) {
                intro += " " + item.name() + " is not a selected blocking app and Only fail selected blocking apps in"
                        + " technician phase is No: it installs in the user flow.";
            }
        }
        if (status == StepStatus.RAN) {
            out.lastOutcome = StepOutcome.SUCCEEDED;
            out.reason = intro;
            if (ctx.hybrid && phase == EspPhaseKind.ACCOUNT_SETUP && ctx.mode != RunContext.Mode.SELF_DEPLOYING) {
                out.buttons = ctx.buttons(ScreenControl.SHOW_DETAILS, ScreenControl.SIGN_OUT);
                out.reason += " Account setup completes and the ESP finishes: the user selects Sign out.";
            }
            return;
        }
        out.lastOutcome = status == StepStatus.TIMED_OUT ? StepOutcome.TIMED_OUT : StepOutcome.FAILED;
        out.reason = intro + " " + why;
        out.diagnostic = phase.getLiteral() + ": " + why;
        out.failed = true;
        out.failedAt = node;
        out.forcedNext = ctx.mode == RunContext.Mode.TECHNICIAN ? ctx.flow.provisionFailure : ctx.flow.espError;
    }

    private static Failure attestationFailure(RunContext ctx) {
        if (ctx.mode == RunContext.Mode.TECHNICIAN && !ctx.profile.isAllowPreProvisionedDeployment()) {
            return new Failure(PRE_PROVISIONING_NOT_ALLOWED, "The profile does not allow pre-provisioned"
                    + " deployment: Intune enforces it and pre-provisioning fails with " + PRE_PROVISIONING_NOT_ALLOWED
                    + ".");
        }
        if (ctx.needsAttestation() && (!ctx.scenario.tpm20() || ctx.scenario.virtualMachine())) {
            return new Failure(NO_TPM, "Securing your hardware needs TPM 2.0 attestation; this "
                    + (ctx.scenario.virtualMachine() ? "virtual machine" : "device without TPM 2.0")
                    + " fails when verifying the device with a " + NO_TPM + " timeout error.");
        }
        if (ctx.needsAttestation() && ctx.scenario.tpmAttestationFails()) {
            return new Failure(ATTESTATION_RETRIES_EXCEEDED, "TPM attestation failed during Securing your hardware ("
                    + ATTESTATION_RETRIES_EXCEEDED + ", E_AUTOPILOT_CLIENT_TPM_MAX_ATTESTATION_RETRY_EXCEEDED).");
        }
        return null;
    }

    private record Failure(String code, String text) {
    }

    /** The failure when no domain controller answers, or null when the mode or profile lets the run go on. */
    private static String domainControllerEffect(RunContext ctx) {
        if (ctx.mode == RunContext.Mode.TECHNICIAN || ctx.profile.isSkipADConnectivityCheck()) {
            return null;
        }
        return "No domain controller can be reached: hybrid join needs connectivity to the Internet and to a domain"
                + " controller (or a VPN to one), and Skip AD connectivity check is No.";
    }

    private static String domainControllerNote(RunContext ctx) {
        return ctx.mode == RunContext.Mode.TECHNICIAN
                ? "No domain controller can be reached, which the technician flow does not need: the device is"
                        + " resealed before connectivity to a domain controller is expected."
                : "No domain controller can be reached, but Skip AD connectivity check is Yes: the deployment goes on"
                        + " (the VPN must connect from the Windows sign-in screen).";
    }

    private static TrackedItemRecord item(RunContext.ItemPlan plan, int minutes, TrackedItemOutcome outcome) {
        return new TrackedItemRecord(plan.item(), plan.elementId(), plan.name(), plan.kind(), minutes, outcome);
    }

    private static TrackedItemOutcome untracked(RunContext.Behaviour behaviour) {
        return switch (behaviour) {
            case NOT_TRACKED -> TrackedItemOutcome.NOT_TRACKED;
            case NOT_NEEDED -> TrackedItemOutcome.NOT_NEEDED;
            case NOT_BLOCKING -> TrackedItemOutcome.INSTALLED_NOT_BLOCKING;
            case NOT_BLOCKING_FAILS -> TrackedItemOutcome.FAILED_NOT_BLOCKING;
            case DEFERRED -> TrackedItemOutcome.DEFERRED_TO_USER_FLOW;
            default -> throw new IllegalArgumentException(behaviour + " is tracked");
        };
    }

    private static String skipReason(EspPhaseKind phase, RunContext ctx) {
        if (ctx.runs(phase)) {
            return null;
        }
        if (phase == EspPhaseKind.DEVICE_PREPARATION) {
            return "Device preparation does not run in the user flow: it ran in the technician flow.";
        }
        return ctx.mode == RunContext.Mode.TECHNICIAN
                ? "Only the device phases run in the technician flow: Account setup runs later, in the user flow."
                : "Self-deploying runs only the device phases: Account setup runs when a user signs in later.";
    }

    private static void espError(Out out, RunContext ctx, State before) {
        out.screen(Screen.ESP_ERROR, true, ctx.espErrorButtons, StepStatus.FAILED, "The Enrollment Status Page shows its"
                + " error with the buttons its configuration allows.");
        out.message = ctx.espMessage;
        out.errorCode = before.errorCode();
        FailureChoice choice = choice(ctx, before);
        press(out, ctx, before, ctx.flow.espError, choice.isOfferedOnEspError(ctx.esp)
                ? Screen.ESP_ERROR.control(choice).label(ctx.scenario.windows()) : null);
    }

    private static FailureChoice choice(RunContext ctx, State before) {
        List<FailureChoice> choices = ctx.scenario.failureChoices();
        return before.choicesUsed() < choices.size() ? choices.get(before.choicesUsed()) : FailureChoice.STAY;
    }

    /**
     * The person on a failure page presses the scenario's next button, {@code button} being its label on this page
     * (null when the page does not offer it); without a choice left the run ends at the page, as documented.
     */
    private static void press(Out out, RunContext ctx, State before, Node page, String button) {
        FailureChoice choice = choice(ctx, before);
        if (choice == FailureChoice.STAY) {
            out.ends = RunOutcome.FAILED;
            return;
        }
        out.choicesUsed++;
        if (button == null || choice != FailureChoice.COLLECT_LOGS && before.failedAt() == null) {
            out.reason += " The scenario presses " + choice.id() + ", which this page does not offer: the run ends"
                    + " here.";
            out.ends = RunOutcome.FAILED;
            return;
        }
        out.clock += Durations.of(choice);
        switch (choice) {
            case COLLECT_LOGS -> {
                out.reason += " The person selects " + button + ": the logs are saved (for example to a USB drive)"
                        + " and the page stays.";
                out.forcedNext = page;
            }
            case RETRY -> {
                out.reason += " The person selects " + button + ": " + before.failedAt().name + " runs again.";
                leaveFailure(out);
                out.forcedNext = before.failedAt();
            }
            case RESET -> {
                out.reason += " The person selects " + button + ": the device resets and setup starts over.";
                leaveFailure(out);
                out.online = false;
                out.downloaded = false;
                out.failedAt = null;
                out.forcedNext = ctx.flow.start;
            }
            case CONTINUE_ANYWAY -> {
                out.reason += " The person selects " + button + ": the ESP is bypassed and the device is used although"
                        + " the installation failed.";
                out.failed = false;
                out.failureCleared = true;
                out.lastOutcome = StepOutcome.SUCCEEDED;
                out.continuePast = before.failedAt();
                out.failedAt = null;
            }
            case STAY -> throw new IllegalStateException("handled above");
        }
    }

    private static void leaveFailure(Out out) {
        out.failed = false;
        out.failureCleared = true;
        out.retried = true;
        // The timeout counts the installation from its start, so a new attempt gets the whole of it again.
        out.espMinutes = 0;
        out.lastOutcome = null;
    }

    private static void custom(Node node, Out out, RunContext ctx, State before) {
        CustomStep step = (CustomStep) node.step;
        if (node.executor == null) {
            out.status = StepStatus.FAILED;
            out.reason = "No extension executes custom steps of type '" + step.getExtensionTypeId() + "'.";
            out.diagnostic = out.reason;
            out.ends = RunOutcome.FAILED;
            return;
        }
        StepResult result = node.executor.execute(new StepContext() {
            @Override
            public CustomStep step() {
                return step;
            }

            @Override
            public RunScenario scenario() {
                return ctx.scenario;
            }

            @Override
            public RunState state() {
                return before;
            }
        });
        out.screen(null, result.shown(), result.buttons(), result.status(), result.reason());
        out.screenId = result.screen();
        out.clock += result.minutes();
        out.ends = result.endsRun();
        if (result.status() == StepStatus.FAILED || result.status() == StepStatus.TIMED_OUT) {
            out.lastOutcome = result.status() == StepStatus.FAILED ? StepOutcome.FAILED : StepOutcome.TIMED_OUT;
        } else {
            out.lastOutcome = StepOutcome.SUCCEEDED;
        }
    }
}
