package org.flowpilot.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.query.TechnicianFlowTiming;
import org.flowpilot.model.WindowsVersion;

/**
 * The inputs of a run: the device and its network, the person at it, the deployment profile and Enrollment Status
 * Page that apply, and the failures to inject. Immutable; build one with {@link #builder()} or derive one from a
 * modeled scenario with {@link Scenarios#of(org.flowpilot.model.Scenario)}. The profile and ESP are read, never
 * changed, by runs; do not change them while a run uses them.
 *
 * @since 1.0
 */
public final class RunScenario {

    private final WindowsVersion windows;
    private final Network network;
    private final AssignedUser assignedUser;
    private final boolean mfa;
    private final boolean criticalUpdateAvailable;
    private final boolean tpm20;
    private final boolean virtualMachine;
    private final DeploymentProfile profile;
    private final EnrollmentStatusPage esp;
    private final String organizationName;
    private final Set<TrackedItem> failingItems;
    private final Set<TrackedItem> hangingItems;
    private final Set<TrackedItem> itemsFailingOnce;
    private final List<FailureChoice> failureChoices;
    private final boolean espTimesOut;
    private final boolean tpmAttestationFails;
    private final boolean networkLost;
    private final boolean domainControllerUnreachable;
    private final Instant technicianFlowCompleted;
    private final Instant runStarts;
    private final Boolean userPresent;

    private RunScenario(Builder builder) {
        windows = builder.windows;
        network = builder.network;
        assignedUser = builder.assignedUser;
        mfa = builder.mfa;
        criticalUpdateAvailable = builder.criticalUpdateAvailable;
        tpm20 = builder.tpm20;
        virtualMachine = builder.virtualMachine;
        profile = builder.profile;
        esp = builder.esp;
        organizationName = builder.organizationName;
        failingItems = Set.copyOf(builder.failingItems);
        hangingItems = Set.copyOf(builder.hangingItems);
        itemsFailingOnce = Set.copyOf(builder.itemsFailingOnce);
        failureChoices = List.copyOf(builder.failureChoices);
        espTimesOut = builder.espTimesOut;
        tpmAttestationFails = builder.tpmAttestationFails;
        networkLost = builder.networkLost;
        domainControllerUnreachable = builder.domainControllerUnreachable;
        technicianFlowCompleted = builder.technicianFlowCompleted;
        runStarts = builder.runStarts;
        userPresent = builder.userPresent;
    }

    /** A builder for a Windows 11 device on a wired network, no user assigned, no profile, no failures. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this scenario's values. */
    public Builder toBuilder() {
        Builder builder = new Builder().windows(windows).network(network).assignedUser(assignedUser).mfa(mfa)
                .criticalUpdateAvailable(criticalUpdateAvailable).tpm20(tpm20).virtualMachine(virtualMachine)
                .profile(profile).esp(esp).organizationName(organizationName).espTimesOut(espTimesOut)
                .tpmAttestationFails(tpmAttestationFails).networkLost(networkLost)
                .domainControllerUnreachable(domainControllerUnreachable)
                .technicianFlowTiming(technicianFlowCompleted, runStarts).userPresent(userPresent);
        builder.failingItems.addAll(failingItems);
        builder.hangingItems.addAll(hangingItems);
        builder.itemsFailingOnce.addAll(itemsFailingOnce);
        builder.failureChoices.addAll(failureChoices);
        return builder;
    }

    /** The Windows version on the device. */
    public WindowsVersion windows() {
        return windows;
    }

    /** The network the device has at power on. */
    public Network network() {
        return network;
    }

    /** The user assigned to the device, or null. */
    public AssignedUser assignedUser() {
        return assignedUser;
    }

    /** Whether the user is prompted for multifactor authentication. */
    public boolean mfa() {
        return mfa;
    }

    /** Whether a critical OOBE update is available (the device reboots to apply it). */
    public boolean criticalUpdateAvailable() {
        return criticalUpdateAvailable;
    }

    /** Whether the device has a TPM 2.0 able to attest. */
    public boolean tpm20() {
        return tpm20;
    }

    /** Whether the device is a virtual machine. */
    public boolean virtualMachine() {
        return virtualMachine;
    }

    /** The deployment profile the device gets, or null when none is modeled. */
    public DeploymentProfile profile() {
        return profile;
    }

    /** The Enrollment Status Page the device shows, or null for the default one. */
    public EnrollmentStatusPage esp() {
        return esp;
    }

    /** The organization name shown on the pre-provisioning screens, or null. */
    public String organizationName() {
        return organizationName;
    }

    /** The tracked items that fail (model elements, so that two items of one name are told apart). */
    public Set<TrackedItem> failingItems() {
        return failingItems;
    }

    /** The tracked items that never finish. */
    public Set<TrackedItem> hangingItems() {
        return hangingItems;
    }

    /**
     * The tracked items that fail on their first install only: after Retry or Reset they install (the
     * "easily fixable" failures the technician-flow documentation means by Retry).
     */
    public Set<TrackedItem> itemsFailingOnce() {
        return itemsFailingOnce;
    }

    /**
     * The buttons the person presses on the failure pages the run meets, in order; once they are used up the person
     * stays at the page and the run ends there, failed.
     */
    public List<FailureChoice> failureChoices() {
        return failureChoices;
    }

    /** Whether the ESP times out in its first phase that runs. */
    public boolean espTimesOut() {
        return espTimesOut;
    }

    /** Whether TPM attestation fails during Device preparation. */
    public boolean tpmAttestationFails() {
        return tpmAttestationFails;
    }

    /** Whether the network connection drops during the first ESP phase that runs (it is back after Retry or Reset). */
    public boolean networkLost() {
        return networkLost;
    }

    /** Whether no domain controller can be reached (matters for hybrid join). */
    public boolean domainControllerUnreachable() {
        return domainControllerUnreachable;
    }

    /** When the technician flow finished, for a pre-provisioned user flow, or null when not known. */
    public Instant technicianFlowCompleted() {
        return technicianFlowCompleted;
    }

    /** When this run starts, or null when not known. */
    public Instant runStarts() {
        return runStarts;
    }

    /** Whether the run starts more than six months after the technician flow (both times known; pre-provision.md). */
    public boolean startsSixMonthsAfterTechnicianFlow() {
        return technicianFlowCompleted != null && runStarts != null
                && TechnicianFlowTiming.tooLate(technicianFlowCompleted, runStarts);
    }

    /** The minutes between the end of the technician flow and the start of this run, or -1 when not known. */
    public long minutesSinceTechnicianFlow() {
        return technicianFlowCompleted == null || runStarts == null ? -1
                : Duration.between(technicianFlowCompleted, runStarts).toMinutes();
    }

    /**
     * Whether a person is at the device to sign in, or null to derive it from the flow: a user in user-driven and
     * pre-provisioned user flows, nobody in the technician and self-deploying flows.
     */
    public Boolean userPresent() {
        return userPresent;
    }

    /** Collects the values of a {@link RunScenario}. */
    public static final class Builder {
        private WindowsVersion windows = WindowsVersion.WINDOWS11;
        private Network network = Network.WIRED;
        private AssignedUser assignedUser;
        private boolean mfa;
        private boolean criticalUpdateAvailable;
        private boolean tpm20 = true;
        private boolean virtualMachine;
        private DeploymentProfile profile;
        private EnrollmentStatusPage esp;
        private String organizationName;
        private final Set<TrackedItem> failingItems = new LinkedHashSet<>();
        private final Set<TrackedItem> hangingItems = new LinkedHashSet<>();
        private final Set<TrackedItem> itemsFailingOnce = new LinkedHashSet<>();
        private final List<FailureChoice> failureChoices = new ArrayList<>();
        private boolean espTimesOut;
        private boolean tpmAttestationFails;
        private boolean networkLost;
        private boolean domainControllerUnreachable;
        private Instant technicianFlowCompleted;
        private Instant runStarts;
        private Boolean userPresent;

        private Builder() {
        }

        /** Sets the Windows version. */
        public Builder windows(WindowsVersion value) {
            windows = value;
            return this;
        }

        /** Sets the network. */
        public Builder network(Network value) {
            network = value;
            return this;
        }

        /** Sets the assigned user (null for none). */
        public Builder assignedUser(AssignedUser value) {
            assignedUser = value;
            return this;
        }

        /** Sets whether MFA is prompted. */
        public Builder mfa(boolean value) {
            mfa = value;
            return this;
        }

        /** Sets whether a critical OOBE update is available. */
        public Builder criticalUpdateAvailable(boolean value) {
            criticalUpdateAvailable = value;
            return this;
        }

        /** Sets whether the device has a TPM 2.0. */
        public Builder tpm20(boolean value) {
            tpm20 = value;
            return this;
        }

        /** Sets whether the device is a virtual machine. */
        public Builder virtualMachine(boolean value) {
            virtualMachine = value;
            return this;
        }

        /** Sets the deployment profile. */
        public Builder profile(DeploymentProfile value) {
            profile = value;
            return this;
        }

        /** Sets the Enrollment Status Page. */
        public Builder esp(EnrollmentStatusPage value) {
            esp = value;
            return this;
        }

        /** Sets the organization name. */
        public Builder organizationName(String value) {
            organizationName = value;
            return this;
        }

        /** Makes {@code items} fail. */
        public Builder failItems(Collection<? extends TrackedItem> items) {
            failingItems.addAll(items);
            return this;
        }

        /** Makes {@code items} hang. */
        public Builder hangItems(Collection<? extends TrackedItem> items) {
            hangingItems.addAll(items);
            return this;
        }

        /** Makes {@code items} fail on their first install only. */
        public Builder failItemsOnce(Collection<? extends TrackedItem> items) {
            itemsFailingOnce.addAll(items);
            return this;
        }

        /** Appends {@code choices} to the buttons pressed on failure pages. */
        public Builder failureChoices(Collection<FailureChoice> choices) {
            failureChoices.addAll(choices);
            return this;
        }

        /** Sets whether the ESP times out. */
        public Builder espTimesOut(boolean value) {
            espTimesOut = value;
            return this;
        }

        /** Sets whether TPM attestation fails. */
        public Builder tpmAttestationFails(boolean value) {
            tpmAttestationFails = value;
            return this;
        }

        /** Sets whether the network connection drops during the ESP. */
        public Builder networkLost(boolean value) {
            networkLost = value;
            return this;
        }

        /** Sets whether no domain controller can be reached. */
        public Builder domainControllerUnreachable(boolean value) {
            domainControllerUnreachable = value;
            return this;
        }

        /** Sets when the technician flow finished and when this run starts (either may be null). */
        public Builder technicianFlowTiming(Instant completed, Instant starts) {
            technicianFlowCompleted = completed;
            runStarts = starts;
            return this;
        }

        /** Sets whether a user is at the device (null: derived from the flow). */
        public Builder userPresent(Boolean value) {
            userPresent = value;
            return this;
        }

        /** The scenario. */
        public RunScenario build() {
            if (windows == null || network == null) {
                throw new IllegalStateException("A scenario needs a Windows version and a network");
            }
            return new RunScenario(this);
        }
    }
}
