package org.flowpilot.engine.internal;

import java.util.Optional;

import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.query.FlowKinds;

/**
 * The failures an ESP phase meets before it installs anything: pre-provisioning the profile does not allow,
 * self-deploying with a hybrid join profile, TPM attestation (Device preparation), an enrollment Autopilot refuses
 * after a Reset, and an unreachable domain controller in a hybrid join.
 */
final class EspFailures {

    /** Error code when the profile does not allow pre-provisioning (profiles.md). */
    static final String PRE_PROVISIONING_NOT_ALLOWED = "0x80180005";
    /** Error code when a device without TPM 2.0 (or a VM) is verified (self-deploying.md). */
    static final String NO_TPM = "0x800705B4";
    /** Error code when TPM attestation gives up during "Securing your hardware" (known-issues.md). */
    static final String ATTESTATION_RETRIES_EXCEEDED = "0x81039001";

    /** Error code when a device redeploys that Autopilot enrolls only once (troubleshoot-device-enrollment.md). */
    static final String REENROLLMENT_BLOCKED = "0x80180014";

    /** A failure with its error code (or null) and its explanation. */
    record Failure(String code, String text) {
    }

    private EspFailures() {
    }

    /** Why Device preparation fails at once in this run, or null. */
    static Failure attestation(RunContext run) {
        if (run.mode == RunContext.Mode.TECHNICIAN && !run.profile.isAllowPreProvisionedDeployment()) {
            return new Failure(PRE_PROVISIONING_NOT_ALLOWED, "The profile does not allow pre-provisioned deployment:"
                    + " Intune enforces it and pre-provisioning fails with " + PRE_PROVISIONING_NOT_ALLOWED + ".");
        }
        if (run.mode == RunContext.Mode.SELF_DEPLOYING) {
            Optional<String> unsupported = FlowKinds.unsupported(DeploymentMode.SELF_DEPLOYING,
                    run.profile.getJoinType());
            if (unsupported.isPresent()) {
                return new Failure(null, "Join your organization's network fails: " + unsupported.get());
            }
        }
        if (run.needsAttestation() && (!run.scenario.tpm20() || run.scenario.virtualMachine())) {
            return new Failure(NO_TPM, "Securing your hardware needs TPM 2.0 attestation; this "
                    + (run.scenario.virtualMachine() ? "virtual machine" : "device without TPM 2.0")
                    + " fails when verifying the device with a " + NO_TPM + " timeout error.");
        }
        if (run.needsAttestation() && run.scenario.tpmAttestationFails()) {
            return new Failure(ATTESTATION_RETRIES_EXCEEDED, "TPM attestation failed during Securing your hardware ("
                    + ATTESTATION_RETRIES_EXCEEDED + ", E_AUTOPILOT_CLIENT_TPM_MAX_ATTESTATION_RETRY_EXCEEDED).");
        }
        return null;
    }

    /**
     * The failure of the first enrollment after a Reset of a device Autopilot enrolls only once: a pre-provisioned
     * device (pre-provision.md: it "can't automatically re-enroll through Windows Autopilot after an initial deployment
     * with pre-provisioning mode") or a self-deploying one (self-deploying.md).
     */
    static Failure reenrollment(RunContext run) {
        String mode = run.mode == RunContext.Mode.SELF_DEPLOYING ? "self-deploying mode" : "pre-provisioning";
        return new Failure(REENROLLMENT_BLOCKED, "After the Reset the device deploys again, but a device cannot"
                + " automatically re-enroll through Windows Autopilot after its first deployment with " + mode
                + ": enrollment fails with " + REENROLLMENT_BLOCKED + " (\"Enrollment blocked for AP device by SDM One"
                + " Time Limit Check\"; pre-provision.md, troubleshoot-device-enrollment.md). Delete the device record"
                + " in Intune (Devices > All devices > Delete) before deploying it again.");
    }

    /** The failure when no domain controller answers, or null when the mode or profile lets the run go on. */
    static Failure domainController(RunContext run) {
        if (run.mode == RunContext.Mode.TECHNICIAN || run.profile.isSkipADConnectivityCheck()) {
            return null;
        }
        return new Failure(null, "No domain controller can be reached: hybrid join needs connectivity to the"
                + " Internet and to a domain controller (or a VPN to one), and Skip AD connectivity check is No.");
    }

    /** Why an unreachable domain controller does not stop this run. */
    static String domainControllerNote(RunContext run) {
        return run.mode == RunContext.Mode.TECHNICIAN
                ? "No domain controller can be reached, which the technician flow does not need: the device is"
                        + " resealed before connectivity to a domain controller is expected."
                : "No domain controller can be reached, but Skip AD connectivity check is Yes: the deployment goes on"
                        + " (the VPN must connect from the Windows sign-in screen).";
    }
}
