package org.flowpilot.engine;

/**
 * What kind of step a {@link StepRecord} is about: one kind per modeled step class, plus the steps the engine adds
 * itself ({@link #isAddedByEngine()}), such as the Enrollment Status Page error page.
 *
 * @since 1.0
 */
public enum StepKind implements CommandLineId {
    /** The device is turned on. */
    POWER_ON("power-on"),
    /** The device checks its network; without a modeled network screen it stands for that screen. */
    NETWORK_CHECK("network-check"),
    /** An out-of-box experience screen the profile may show or hide. */
    SCREEN("screen"),
    /** The Microsoft Entra sign-in page. */
    SIGN_IN("sign-in"),
    /** Multifactor authentication. */
    MFA("mfa"),
    /** One phase of the Enrollment Status Page. */
    ESP_PHASE("esp-phase"),
    /** A restart. */
    REBOOT("reboot"),
    /** The technician presses the Windows key five times. */
    WINDOWS_KEY("windows-key"),
    /** The technician reseals the pre-provisioned device. */
    RESEAL("reseal"),
    /** The Windows sign-on screen. */
    WINDOWS_SIGN_ON("windows-sign-on"),
    /** The desktop: the deployment is done. */
    DESKTOP("desktop"),
    /** A step an extension executes. */
    CUSTOM("custom"),
    /** Added by the engine: the Enrollment Status Page's error page after a failure or timeout. */
    ESP_ERROR("esp-error"),
    /** Added by the engine: the technician's red result screen after a pre-provisioning failure. */
    PROVISION_FAILURE("provision-result"),
    /** Added by the engine: the run went on longer than its step budget. */
    STEP_BUDGET("step-budget"),
    /** Added by the engine: a contributed guard condition threw or did not answer, so the run cannot go on. */
    EXTENSION_FAILURE("extension-failure");

    /** The prefix of the element ids of the steps the engine adds, such as {@code engine:esp-error}. */
    public static final String ENGINE_ELEMENT_PREFIX = "engine:";

    private final String id;
    private final String elementId;

    StepKind(String id) {
        this.id = id;
        this.elementId = ENGINE_ELEMENT_PREFIX + id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether the engine adds steps of this kind itself: they are in no flow, and their record has no model step. */
    public boolean isAddedByEngine() {
        return this == ESP_ERROR || this == PROVISION_FAILURE || this == STEP_BUDGET || this == EXTENSION_FAILURE;
    }

    /**
     * The element id of the step the engine adds of this kind, such as {@code engine:esp-error}: what a diagram
     * highlights and a breakpoint is keyed by. Only for kinds {@linkplain #isAddedByEngine() added by the engine}.
     *
     * @throws IllegalStateException for a kind the flows model
     */
    public String engineElementId() {
        if (!isAddedByEngine()) {
            throw new IllegalStateException(id + " steps are modeled: their element id is their model element's");
        }
        return elementId;
    }

    /** The kind named {@code id}, such as {@code esp-phase}. */
    public static StepKind fromId(String id) {
        return CommandLineId.fromId(StepKind.class, id, "step kind");
    }
}
