package org.flowpilot.engine;

import org.flowpilot.model.EspPhaseKind;

/**
 * An Enrollment Status Page phase, as step records and the command line name it.
 *
 * @since 1.0
 */
public enum EspPhaseId implements CommandLineId {
    /** Device preparation (device ESP): TPM attestation, join, MDM enrollment. */
    DEVICE_PREPARATION("device-preparation", EspPhaseKind.DEVICE_PREPARATION),
    /** Device setup (device ESP): device-targeted policies, certificates, networks and apps. */
    DEVICE_SETUP("device-setup", EspPhaseKind.DEVICE_SETUP),
    /** Account setup (user ESP): user-targeted policies, certificates, networks and apps. */
    ACCOUNT_SETUP("account-setup", EspPhaseKind.ACCOUNT_SETUP);

    private final String id;
    private final EspPhaseKind kind;

    EspPhaseId(String id, EspPhaseKind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public String id() {
        return id;
    }

    /** The phase as the model names it. */
    public EspPhaseKind kind() {
        return kind;
    }

    /** The phase of the model's {@code kind}. */
    public static EspPhaseId of(EspPhaseKind kind) {
        return switch (kind) {
            case DEVICE_PREPARATION -> DEVICE_PREPARATION;
            case DEVICE_SETUP -> DEVICE_SETUP;
            case ACCOUNT_SETUP -> ACCOUNT_SETUP;
        };
    }

    /** The phase named {@code id}, such as {@code device-setup}. */
    public static EspPhaseId fromId(String id) {
        return CommandLineId.fromId(EspPhaseId.class, id, "ESP phase");
    }
}
