package org.flowpilot.model.query;

import java.util.Optional;

import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.JoinType;

/**
 * Which standard flow a deployment follows, and what a flow kind says about its deployment: the one table of flow
 * kinds against deployment mode, join type and pre-provisioning phase (the user-driven, pre-provisioning and
 * self-deploying tutorials of learn.microsoft.com/autopilot).
 */
public final class FlowKinds {

    /** Why self-deploying mode cannot run with a Microsoft Entra hybrid join profile (self-deploying.md). */
    public static final String SELF_DEPLOYING_ENTRA_JOIN_ONLY = "Self-deploying mode supports Microsoft Entra join"
            + " only, not Microsoft Entra hybrid join (learn.microsoft.com/autopilot/self-deploying): a hybrid join"
            + " profile cannot deploy itself.";

    private FlowKinds() {
    }

    /**
     * The standard flow kind of a deployment: self-deploying, or user-driven with Microsoft Entra join or hybrid
     * join, either directly or pre-provisioned (the technician's flow when {@code technician}, else the user's).
     */
    public static FlowKind of(DeploymentMode mode, JoinType join, boolean preProvisioned, boolean technician) {
        if (mode == DeploymentMode.SELF_DEPLOYING) {
            return FlowKind.SELF_DEPLOYING;
        }
        boolean hybrid = join == JoinType.ENTRA_HYBRID_JOINED;
        if (!preProvisioned) {
            return hybrid ? FlowKind.USER_DRIVEN_HYBRID_JOIN : FlowKind.USER_DRIVEN_ENTRA_JOIN;
        }
        if (technician) {
            return FlowKind.PRE_PROVISIONING_TECHNICIAN;
        }
        return hybrid ? FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN : FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN;
    }

    /**
     * The flow kind a device with {@code profile} follows when nothing else is said: the profile's deployment mode
     * (self-deploying, else user-driven) with its join type. "Allow pre-provisioned deployment" only makes
     * pre-provisioning possible (a technician presses the Windows key five times at the sign-in page; profiles.md,
     * pre-provision.md): a device is pre-provisioned only when someone says so.
     */
    public static FlowKind defaultFor(DeploymentProfile profile) {
        return of(profile.getDeploymentMode(), profile.getJoinType(), false, false);
    }

    /**
     * The flow kind of the user's half of a deployment a technician pre-provisioned with {@code profile}: the
     * pre-provisioned user flow of its join type (a self-deploying profile has none and keeps its own flow).
     */
    public static FlowKind afterTechnicianFlow(DeploymentProfile profile) {
        return of(profile.getDeploymentMode(), profile.getJoinType(), true, false);
    }

    /**
     * Why a deployment in {@code mode} cannot join as {@code join}, or empty when it can: self-deploying mode supports
     * Microsoft Entra join only (self-deploying.md).
     */
    public static Optional<String> unsupported(DeploymentMode mode, JoinType join) {
        if (mode == DeploymentMode.SELF_DEPLOYING && join == JoinType.ENTRA_HYBRID_JOINED) {
            return Optional.of(SELF_DEPLOYING_ENTRA_JOIN_ONLY);
        }
        return Optional.empty();
    }

    /** Whether a flow of {@code kind} can run with {@code profile}: its deployment mode and, where it matters, join. */
    public static boolean fits(FlowKind kind, DeploymentProfile profile) {
        if (kind == FlowKind.CUSTOM) {
            return true;
        }
        if (isSelfDeploying(kind)) {
            return profile.getDeploymentMode() == DeploymentMode.SELF_DEPLOYING;
        }
        if (profile.getDeploymentMode() != DeploymentMode.USER_DRIVEN) {
            return false;
        }
        // The technician flow is the same for both joins: the device is resealed before it needs a domain.
        return kind == FlowKind.PRE_PROVISIONING_TECHNICIAN
                || isHybrid(kind) == (profile.getJoinType() == JoinType.ENTRA_HYBRID_JOINED);
    }

    /** Whether a flow of this kind joins Microsoft Entra hybrid. */
    public static boolean isHybrid(FlowKind kind) {
        return kind == FlowKind.USER_DRIVEN_HYBRID_JOIN || kind == FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN;
    }

    /** Whether a flow of this kind is self-deploying. */
    public static boolean isSelfDeploying(FlowKind kind) {
        return kind == FlowKind.SELF_DEPLOYING;
    }

    /** Whether a flow of this kind is the technician's half of a pre-provisioned deployment. */
    public static boolean isTechnician(FlowKind kind) {
        return kind == FlowKind.PRE_PROVISIONING_TECHNICIAN;
    }

    /** Whether a flow of this kind is part of a pre-provisioned deployment. */
    public static boolean isPreProvisioning(FlowKind kind) {
        return isTechnician(kind) || isPreProvisioningUserFlow(kind);
    }

    /** Whether a flow of this kind is the user half of a pre-provisioned deployment. */
    public static boolean isPreProvisioningUserFlow(FlowKind kind) {
        return kind == FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN || kind == FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN;
    }
}
