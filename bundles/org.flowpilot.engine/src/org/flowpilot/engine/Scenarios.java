package org.flowpilot.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.Device;
import org.flowpilot.model.FailureKind;
import org.flowpilot.model.FailurePageChoice;
import org.flowpilot.model.InjectedFailure;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.User;
import org.flowpilot.model.query.AutopilotQueries;

/**
 * Turns a modeled scenario into the inputs of a run, resolving the profile and ESP Intune would apply.
 *
 * @since 1.0
 */
public final class Scenarios {

    private Scenarios() {
    }

    /** The run inputs of {@code scenario}: its device's effective profile and ESP, user, network and failures. */
    public static RunScenario of(Scenario scenario) {
        RunScenario.Builder builder = RunScenario.builder().windows(scenario.getWindowsVersion())
                .network(network(scenario.getConnectivity()));
        AutopilotQueries.modelOf(scenario).map(AutopilotModel::getOrganizationName).ifPresent(builder::organizationName);
        Device device = scenario.getDevice();
        boolean mfa = scenario.isMfaPrompted();
        if (device != null) {
            builder.tpm20(device.isTpm20()).virtualMachine(device.isVirtualMachine());
            User user = device.getAssignedUser();
            if (user != null) {
                builder.assignedUser(assignedUser(device));
                mfa |= user.isMfaRequired();
            }
            AutopilotQueries.effectiveProfile(device).ifPresent(builder::profile);
            AutopilotQueries.effectiveEsp(device, scenario.isUserPresent()).ifPresent(builder::esp);
        }
        builder.mfa(mfa).userPresent(scenario.isUserPresent());
        builder.technicianFlowTiming(instant(scenario.getTechnicianFlowCompleted()), instant(scenario.getRunStarts()));
        for (InjectedFailure failure : scenario.getInjectedFailures()) {
            TrackedItem item = failure.getTrackedItem();
            FailureKind kind = failure.getKind();
            if (kind == FailureKind.TRACKED_ITEM_FAILS && item != null) {
                builder.failItems(List.of(item));
            } else if (kind == FailureKind.TRACKED_ITEM_FAILS_ONCE && item != null) {
                builder.failItemsOnce(List.of(item));
            } else if (kind == FailureKind.TRACKED_ITEM_HANGS && item != null) {
                builder.hangItems(List.of(item));
            } else if (kind == FailureKind.ESP_TIMEOUT) {
                builder.espTimesOut(true);
            } else if (kind == FailureKind.TPM_ATTESTATION_FAILS) {
                builder.tpmAttestationFails(true);
            } else if (kind == FailureKind.NETWORK_LOST) {
                builder.networkLost(true);
            } else if (kind == FailureKind.DOMAIN_CONTROLLER_UNREACHABLE) {
                builder.domainControllerUnreachable(true);
            }
        }
        builder.failureChoices(scenario.getFailurePageChoices().stream().map(Scenarios::choice).toList());
        return builder.build();
    }

    /**
     * The user assigned to {@code device} as the run shows them (the device's user friendly name, else the user's
     * display name), or null when there is none.
     */
    public static AssignedUser assignedUser(Device device) {
        User user = device.getAssignedUser();
        if (user == null) {
            return null;
        }
        String friendly = device.getUserFriendlyName() != null ? device.getUserFriendlyName() : user.getDisplayName();
        return new AssignedUser(user.getUserPrincipalName(), friendly, user.getOnPremisesAccount());
    }

    /** The engine's failure-page choice for a modeled one. */
    public static FailureChoice choice(FailurePageChoice choice) {
        return switch (choice) {
            case STAY -> FailureChoice.STAY;
            case RETRY -> FailureChoice.RETRY;
            case RESET -> FailureChoice.RESET;
            case CONTINUE_ANYWAY -> FailureChoice.CONTINUE_ANYWAY;
            case COLLECT_LOGS -> FailureChoice.COLLECT_LOGS;
        };
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The engine's network for a modeled connectivity. */
    public static Network network(Connectivity connectivity) {
        return switch (connectivity) {
            case ETHERNET -> Network.WIRED;
            case WIFI -> Network.WIFI;
            case NONE -> Network.NONE;
        };
    }
}
