package org.flowpilot.engine.internal;

import java.util.EnumMap;
import java.util.Map;

import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.ScreenKind;

/** The handler of each step kind, and of each screen for screen steps: chosen once per node when a flow is prepared. */
final class StepHandlers {

    private static final StepHandler NETWORK_SCREEN = new NetworkScreenHandler();
    private static final StepHandler PROVISIONING_MENU = new ProvisioningMenuHandler();
    private static final StepHandler PROVISION_RESULT = new ProvisionResultHandler();
    private static final StepHandler NO_SCREEN = (node, before, run) -> StepHandler.Taken.follow(
            Shown.ran("The step names no screen.").withStatus(StepStatus.SKIPPED), before);

    private static final Map<StepKind, StepHandler> BY_KIND = new EnumMap<>(StepKind.class);
    private static final Map<ScreenKind, StepHandler> BY_SCREEN = new EnumMap<>(ScreenKind.class);

    static {
        BY_KIND.put(StepKind.POWER_ON, new PowerOnHandler());
        BY_KIND.put(StepKind.NETWORK_CHECK, new NetworkCheckHandler(NETWORK_SCREEN));
        BY_KIND.put(StepKind.SIGN_IN, new SignInHandler());
        BY_KIND.put(StepKind.MFA, new MfaHandler());
        BY_KIND.put(StepKind.ESP_PHASE, new EspPhaseHandler());
        BY_KIND.put(StepKind.REBOOT, new RebootHandler());
        BY_KIND.put(StepKind.WINDOWS_KEY, new WindowsKeyHandler(PROVISIONING_MENU));
        BY_KIND.put(StepKind.RESEAL, EndHandler.reseal());
        BY_KIND.put(StepKind.WINDOWS_SIGN_ON, new WindowsSignOnHandler());
        BY_KIND.put(StepKind.DESKTOP, EndHandler.desktop());
        BY_KIND.put(StepKind.CUSTOM, new CustomStepHandler());
        BY_KIND.put(StepKind.ESP_ERROR, new EspErrorHandler());
        BY_KIND.put(StepKind.PROVISION_FAILURE, PROVISION_RESULT);
        BY_KIND.put(StepKind.EXTENSION_FAILURE, new ExtensionFailureHandler());
        StepHandler locale = new LocaleScreenHandler();
        BY_SCREEN.put(ScreenKind.LANGUAGE_REGION, locale);
        BY_SCREEN.put(ScreenKind.KEYBOARD, locale);
        BY_SCREEN.put(ScreenKind.ADDITIONAL_KEYBOARD, locale);
        BY_SCREEN.put(ScreenKind.NETWORK_CONNECTION, NETWORK_SCREEN);
        BY_SCREEN.put(ScreenKind.LICENSE_TERMS, ProfileScreenHandler.licenseTerms());
        BY_SCREEN.put(ScreenKind.PRIVACY, ProfileScreenHandler.privacy());
        BY_SCREEN.put(ScreenKind.CHANGE_ACCOUNT_OPTIONS, ProfileScreenHandler.changeAccountOptions());
        BY_SCREEN.put(ScreenKind.PROVISIONING_MENU, PROVISIONING_MENU);
        BY_SCREEN.put(ScreenKind.PRE_PROVISION_WITH_AUTOPILOT, new PreProvisionConfigurationHandler());
        BY_SCREEN.put(ScreenKind.PRE_PROVISIONING_RESULT, PROVISION_RESULT);
        BY_SCREEN.put(ScreenKind.STAY_SIGNED_IN, AccountScreensHandler.staySignedIn());
        BY_SCREEN.put(ScreenKind.ALL_SET, AccountScreensHandler.allSet());
    }

    private StepHandlers() {
    }

    /** The handler that takes {@code node}'s steps. */
    static StepHandler of(Node node) {
        if (node.kind == StepKind.SCREEN) {
            return node.screen == null ? NO_SCREEN : BY_SCREEN.get(node.screen);
        }
        StepHandler handler = BY_KIND.get(node.kind);
        if (handler == null) {
            throw new IllegalStateException("The run itself takes " + node.kind.id() + " steps");
        }
        return handler;
    }
}
