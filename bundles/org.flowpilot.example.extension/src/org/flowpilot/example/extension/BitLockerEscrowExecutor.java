package org.flowpilot.example.extension;

import java.util.List;

import org.flowpilot.engine.Network;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.spi.StepContext;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.engine.spi.StepResult;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.JoinType;

/**
 * Runs the BitLocker recovery key escrow step. Its outcome follows the device and the network of the scenario, in
 * the order Windows meets them: the TPM protector first, then the directory that stores the key. A failure does
 * not end the deployment (Autopilot goes on and the device reaches the desktop unencrypted, to be caught by
 * compliance), so the step fails and the flow goes on; a flow that wants to stop routes on the step's outcome.
 * <p>
 * Minutes are this extension's assumptions, not documented figures: adding the protectors and saving the key take
 * 1 minute (silent encryption of the used space then goes on in the background); waiting for a directory that does
 * not answer takes 5 minutes before Windows gives up.
 */
public class BitLockerEscrowExecutor implements StepExecutor {

    static final int SAVED_MINUTES = 1;
    static final int NO_TPM_MINUTES = 0;
    static final int UNREACHABLE_MINUTES = 5;

    @Override
    public String typeId() {
        return BitLockerEscrow.TYPE_ID;
    }

    @Override
    public StepResult execute(StepContext context) {
        RunScenario scenario = context.scenario();
        boolean hybrid = joinType(scenario) == JoinType.ENTRA_HYBRID_JOINED;
        String directory = hybrid ? "Active Directory Domain Services" : "Microsoft Entra ID";
        if (!scenario.tpm20() || scenario.virtualMachine()) {
            String device = scenario.virtualMachine() ? "this virtual machine has no TPM 2.0"
                    : "this device has no TPM 2.0";
            return failed("Silent encryption needs a TPM to protect the key and " + device + ": BitLocker stays off"
                    + " and no recovery key is saved. The device reaches the desktop unencrypted and is reported"
                    + " not compliant.", NO_TPM_MINUTES);
        }
        if (scenario.network() == Network.NONE || scenario.networkLost()) {
            return failed("The network is down, so the recovery key cannot be saved to " + directory + "; with 'Do"
                    + " not enable BitLocker until recovery information is stored' BitLocker stays off.",
                    UNREACHABLE_MINUTES);
        }
        if (hybrid && scenario.domainControllerUnreachable()) {
            return failed("No domain controller answers, so the recovery key cannot be saved to " + directory
                    + "; with 'Do not enable BitLocker until recovery information is stored' BitLocker stays off.",
                    UNREACHABLE_MINUTES);
        }
        return new StepResult(BitLockerEscrow.SCREEN_ID, true, List.of(), StepStatus.RAN, "BitLocker protects the"
                + " operating system drive with the TPM and saved its recovery key to " + directory + " ("
                + context.step().getName() + "); encryption of the used space goes on in the background.",
                SAVED_MINUTES, null);
    }

    private static StepResult failed(String reason, int minutes) {
        return new StepResult(BitLockerEscrow.SCREEN_ID, true, List.of(), StepStatus.FAILED, reason, minutes, null);
    }

    private static JoinType joinType(RunScenario scenario) {
        DeploymentProfile profile = scenario.profile();
        return profile == null ? JoinType.ENTRA_JOINED : profile.getJoinType();
    }
}
