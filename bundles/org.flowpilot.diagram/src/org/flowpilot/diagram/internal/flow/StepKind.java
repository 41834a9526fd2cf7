package org.flowpilot.diagram.internal.flow;

import java.util.function.Supplier;

import org.flowpilot.model.CustomStep;
import org.flowpilot.model.DesktopStep;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.MfaStep;
import org.flowpilot.model.NetworkCheckStep;
import org.flowpilot.model.PowerOnStep;
import org.flowpilot.model.ProvisioningMenuStep;
import org.flowpilot.model.RebootStep;
import org.flowpilot.model.ResealStep;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.SignInStep;
import org.flowpilot.model.Step;
import org.flowpilot.model.WindowsSignOnStep;

/** The kinds of flow steps as the flow diagram draws and creates them, each with its icon id and palette name. */
public enum StepKind {
    POWER_ON("power-on", "Power on", FlowpilotFactory.eINSTANCE::createPowerOnStep),
    NETWORK_CHECK("network-check", "Network check", FlowpilotFactory.eINSTANCE::createNetworkCheckStep),
    SCREEN("screen", "OOBE screen", FlowpilotFactory.eINSTANCE::createScreenStep),
    SIGN_IN("sign-in", "Sign-in", FlowpilotFactory.eINSTANCE::createSignInStep),
    MFA("mfa", "Multifactor authentication", FlowpilotFactory.eINSTANCE::createMfaStep),
    PROVISIONING_MENU("provisioning-menu", "Provisioning menu", FlowpilotFactory.eINSTANCE::createProvisioningMenuStep),
    ESP_PHASE("esp", "ESP phase", FlowpilotFactory.eINSTANCE::createEspPhaseStep),
    REBOOT("reboot", "Reboot", FlowpilotFactory.eINSTANCE::createRebootStep),
    RESEAL("reseal", "Reseal", FlowpilotFactory.eINSTANCE::createResealStep),
    WINDOWS_SIGN_ON("sign-on", "Windows sign-on", FlowpilotFactory.eINSTANCE::createWindowsSignOnStep),
    DESKTOP("desktop", "Desktop", FlowpilotFactory.eINSTANCE::createDesktopStep),
    CUSTOM("custom", "Custom step", FlowpilotFactory.eINSTANCE::createCustomStep);

    private final String id;
    private final String label;
    private final Supplier<? extends Step> factory;

    StepKind(String id, String label, Supplier<? extends Step> factory) {
        this.id = id;
        this.label = label;
        this.factory = factory;
    }

    /** The stable id: CSS class {@code step-<id>}, icon and palette entry {@code step:<id>}. */
    public String id() {
        return id;
    }

    /** The name in the palette and on the node. */
    public String label() {
        return label;
    }

    /** A new step of this kind, not yet in a flow. */
    public Step create() {
        return factory.get();
    }

    /** The kind of {@code step}. */
    public static StepKind of(Step step) {
        return switch (step) {
            case PowerOnStep s -> POWER_ON;
            case NetworkCheckStep s -> NETWORK_CHECK;
            case ScreenStep s -> SCREEN;
            case SignInStep s -> SIGN_IN;
            case MfaStep s -> MFA;
            case ProvisioningMenuStep s -> PROVISIONING_MENU;
            case EspPhaseStep s -> ESP_PHASE;
            case RebootStep s -> REBOOT;
            case ResealStep s -> RESEAL;
            case WindowsSignOnStep s -> WINDOWS_SIGN_ON;
            case DesktopStep s -> DESKTOP;
            case CustomStep s -> CUSTOM;
            default -> throw new IllegalArgumentException("No step kind for " + step.eClass().getName());
        };
    }

    /** The kind with {@code id}, or null. */
    public static StepKind ofId(String id) {
        for (StepKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
