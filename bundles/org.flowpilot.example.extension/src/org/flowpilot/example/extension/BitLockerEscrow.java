package org.flowpilot.example.extension;

/**
 * The "BitLocker recovery key escrow" step kind: during the Enrollment Status Page's Device setup the Intune disk
 * encryption policy turns BitLocker on silently with the TPM as protector and saves the recovery key to the
 * directory (Microsoft Entra ID, or Active Directory Domain Services for a hybrid join) before encrypting. With
 * "Do not enable BitLocker until recovery information is stored" (the setting Intune's silent-encryption template
 * recommends), a key that cannot be saved leaves the disk unencrypted rather than locked to a key nobody holds.
 */
public final class BitLockerEscrow {

    /** The extension type id of the custom steps of this kind, declared in plugin.xml. */
    public static final String TYPE_ID = "org.flowpilot.example.bitlocker-escrow";

    /** The id of the screen the step shows, which {@link BitLockerEscrowPreview} draws. */
    public static final String SCREEN_ID = "bitlocker-escrow";

    private BitLockerEscrow() {
    }
}
