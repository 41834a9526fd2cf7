package org.flowpilot.model.edit.labels;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;

/**
 * What an Intune admin calls each kind of model element, for menus such as New Child: "Deployment profile",
 * "Enrollment Status Page", "MFA step", not EMF's generated "Esp Phase" or "Mfa Step".
 */
public final class TypeNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("AutopilotModel", "Autopilot model"),
            Map.entry("DeploymentProfile", "Deployment profile"),
            Map.entry("EnrollmentStatusPage", "Enrollment Status Page"),
            Map.entry("EspPhase", "ESP phase"),
            Map.entry("EspPhaseStep", "ESP phase step"),
            Map.entry("JsonProperty", "Graph property"),
            Map.entry("PreparationTask", "Device preparation task"),
            Map.entry("NetworkProfile", "Network connection"),
            Map.entry("PowerOnStep", "Power on step"),
            Map.entry("SignInStep", "Microsoft Entra sign-in step"),
            Map.entry("MfaStep", "MFA step"),
            Map.entry("ProvisioningMenuStep", "Windows key five times step"),
            Map.entry("WindowsSignOnStep", "Windows sign-on step"),
            Map.entry("ConditionParameter", "Guard parameter"),
            Map.entry("ExtensionCondition", "Extension guard"),
            Map.entry("OtherwiseCondition", "Otherwise guard"),
            Map.entry("ScreenHiddenCondition", "Screen hidden guard"),
            Map.entry("StepOutcomeCondition", "Step outcome guard"),
            Map.entry("FactCondition", "Fact guard"),
            Map.entry("ConnectivityCondition", "Network guard"),
            Map.entry("WindowsVersionCondition", "Windows version guard"),
            Map.entry("NotCondition", "Not guard"),
            Map.entry("AllOfCondition", "All of guard"),
            Map.entry("AnyOfCondition", "Any of guard"));

    private TypeNames() {
    }

    /** The admin's name of {@code type}, in sentence case. */
    public static String of(EClass type) {
        String name = NAMES.get(type.getName());
        if (name != null) {
            return name;
        }
        return PropertyNames.adminCenterStyle(type.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
    }
}
