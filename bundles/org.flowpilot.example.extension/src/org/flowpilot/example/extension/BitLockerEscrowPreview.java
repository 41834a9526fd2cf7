package org.flowpilot.example.extension;

import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.spi.PreviewContext;
import org.flowpilot.preview.spi.ScreenContent;
import org.flowpilot.preview.spi.ScreenPreviewContributor;

/**
 * Draws the screen of the BitLocker recovery key escrow step. Windows shows no page of its own for silent
 * encryption (its progress is one of the security policies the Enrollment Status Page counts in Device setup), so
 * this page states what the step did: the drive, its protector and where the recovery key went.
 */
public class BitLockerEscrowPreview implements ScreenPreviewContributor {

    @Override
    public boolean draws(StepRecord record) {
        return BitLockerEscrow.SCREEN_ID.equals(record.screenId());
    }

    @Override
    public ScreenContent content(StepRecord record, PreviewContext context) {
        boolean saved = record.status() == StepStatus.RAN;
        boolean hybrid = context.scenario().profile() != null
                && context.scenario().profile().getJoinType() == JoinType.ENTRA_HYBRID_JOINED;
        String directory = hybrid ? "Active Directory Domain Services" : "Microsoft Entra ID";
        boolean tpm = context.scenario().tpm20() && !context.scenario().virtualMachine();
        String title = saved ? "Your device is protected" : "BitLocker couldn't protect this device";
        if (context.windows() == WindowsVersion.WINDOWS10) {
            title = saved ? "Your device is protected with BitLocker" : "BitLocker couldn't be turned on";
        }
        return ScreenContent.builder(BitLockerEscrow.SCREEN_ID, title)
                .message(saved ? "BitLocker encrypts this device in the background. Your organization keeps its"
                        + " recovery key." : "This device isn't encrypted yet. Your organization's IT support will"
                                + " turn on encryption later.")
                .detail("Drive", "Operating system drive (C:)")
                .detail("Protector", tpm ? "TPM" : "None (no TPM 2.0)")
                .detail("Recovery key", saved ? "Saved to " + directory : "Not saved")
                .build();
    }
}
