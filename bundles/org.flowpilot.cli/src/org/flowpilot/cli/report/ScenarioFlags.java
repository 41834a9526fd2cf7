package org.flowpilot.cli.report;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.query.FlowKinds;
import org.flowpilot.model.WindowsVersion;

/**
 * The scenario options of {@code flowpilot simulate}, as parsed from the command line; null means "keep what the
 * model or profile says".
 *
 * @param deployment {@code --deployment}, or null for the profile's
 * @param technician {@code --phase}: true for {@code technician}, false for {@code user}, null when not given; a phase
 *        implies pre-provisioning
 * @param windows {@code --windows 10|11}, or null
 * @param network {@code --network}, or null
 * @param assignedUser {@code --assigned-user UPN}, or null
 * @param mfa {@code --mfa}
 * @param failItems {@code --fail ITEM}, the names of the tracked items that fail
 * @param failOnceItems {@code --fail-once ITEM}, the names of the tracked items that fail on their first install only
 * @param failureChoices {@code --on-failure CHOICE}, the buttons pressed on the failure pages met, in order
 * @param injected {@code --inject FAILURE}: {@code network-lost}, {@code dc-unreachable}, {@code esp-timeout} or
 *        {@code tpm-attestation}
 */
public record ScenarioFlags(Deployment deployment, Boolean technician, WindowsVersion windows, Network network,
        String assignedUser, boolean mfa, List<String> failItems, List<String> failOnceItems,
        List<FailureChoice> failureChoices, List<String> injected) {

    private static final List<String> INJECTABLE = List.of("network-lost", "dc-unreachable", "esp-timeout",
            "tpm-attestation");

    /** Copies the lists. */
    public ScenarioFlags {
        failItems = failItems == null ? List.of() : List.copyOf(failItems);
        failOnceItems = failOnceItems == null ? List.of() : List.copyOf(failOnceItems);
        failureChoices = failureChoices == null ? List.of() : List.copyOf(failureChoices);
        injected = injected == null ? List.of() : List.copyOf(injected);
        for (String failure : injected) {
            if (!INJECTABLE.contains(failure)) {
                throw new IllegalArgumentException("Unknown failure '" + failure + "': use "
                        + String.join(", ", INJECTABLE));
            }
        }
    }

    /** The Windows version named by {@code --windows}: {@code 10} or {@code 11}. */
    public static WindowsVersion windows(String value) {
        return switch (value.trim()) {
            case "10" -> WindowsVersion.WINDOWS10;
            case "11" -> WindowsVersion.WINDOWS11;
            default -> throw new IllegalArgumentException("Unknown Windows version '" + value + "': use 10 or 11");
        };
    }

    /** The pre-provisioning phase named by {@code --phase}: true for {@code technician}, false for {@code user}. */
    public static boolean technicianPhase(String value) {
        return switch (value.trim()) {
            case "technician" -> true;
            case "user" -> false;
            default -> throw new IllegalArgumentException("Unknown phase '" + value + "': use technician or user");
        };
    }

    /**
     * The standard flow kind these flags select for {@code profile}: the deployment asked for (a pre-provisioning
     * phase asks for pre-provisioning), else the user flow when {@code technicianFlowDone} (a scenario whose
     * technician already pre-provisioned the device), else the profile's own mode. Allowing pre-provisioning in the
     * profile does not make a run pre-provisioned.
     *
     * @throws IllegalArgumentException when a phase is given with another deployment, or the deployment cannot run
     *         with the profile
     */
    public FlowKind flowKind(DeploymentProfile profile, boolean technicianFlowDone) {
        Deployment asked = deployment != null ? deployment : technician != null ? Deployment.PRE_PROVISIONED : null;
        if (technician != null && asked != Deployment.PRE_PROVISIONED) {
            throw new IllegalArgumentException("--phase applies to --deployment pre-provisioned only, not "
                    + asked.id());
        }
        if (asked != null) {
            return asked.flowKind(profile, Boolean.TRUE.equals(technician));
        }
        return technicianFlowDone ? FlowKinds.afterTechnicianFlow(profile) : FlowKinds.defaultFor(profile);
    }

    /**
     * {@code base} with these flags applied over it.
     *
     * @throws IllegalArgumentException when an item name given does not name exactly one item of the scenario's ESP
     */
    public RunScenario applyTo(RunScenario base) {
        RunScenario.Builder builder = base.toBuilder();
        if (windows != null) {
            builder.windows(windows);
        }
        if (network != null) {
            builder.network(network);
        }
        if (assignedUser != null) {
            builder.assignedUser(AssignedUser.of(assignedUser));
        }
        if (mfa) {
            builder.mfa(true);
        }
        builder.failItems(trackedItems(base.esp(), failItems, "--fail"));
        builder.failItemsOnce(trackedItems(base.esp(), failOnceItems, "--fail-once"));
        builder.failureChoices(failureChoices);
        builder.networkLost(base.networkLost() || injected.contains("network-lost"));
        builder.domainControllerUnreachable(base.domainControllerUnreachable() || injected.contains("dc-unreachable"));
        builder.espTimesOut(base.espTimesOut() || injected.contains("esp-timeout"));
        builder.tpmAttestationFails(base.tpmAttestationFails() || injected.contains("tpm-attestation"));
        return builder.build();
    }

    /**
     * The tracked items of {@code esp} named {@code names}: the engine refers to items by model element, so a name
     * must pick exactly one.
     */
    private static List<TrackedItem> trackedItems(EnrollmentStatusPage esp, List<String> names, String option) {
        List<TrackedItem> all = esp == null ? List.of()
                : esp.getPhases().stream().flatMap(phase -> phase.getTrackedItems().stream()).toList();
        List<TrackedItem> items = new ArrayList<>(names.size());
        for (String name : names) {
            List<TrackedItem> named = all.stream().filter(item -> name.equals(item.getName())).toList();
            if (named.isEmpty()) {
                throw new IllegalArgumentException(option + ": no tracked item named '" + name + "'" + (esp == null
                        ? ": no Enrollment Status Page applies"
                        : " in '" + esp.getName() + "' (there are: " + String.join(", ",
                                all.stream().map(TrackedItem::getName).distinct().toList()) + ")"));
            }
            if (named.size() > 1) {
                throw new IllegalArgumentException(option + ": " + named.size() + " tracked items of '" + esp.getName()
                        + "' are named '" + name + "': rename one in the model to tell them apart");
            }
            items.add(named.get(0));
        }
        return items;
    }
}
