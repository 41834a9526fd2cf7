package org.flowpilot.model.query;

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
     * The flow kind a device with {@code profile} follows when nothing else is said: self-deploying when the profile
     * is, pre-provisioning when it allows pre-provisioned deployment, else user-driven; with the profile's join type.
     */
    public static FlowKind defaultFor(DeploymentProfile profile, boolean technician) {
        return of(profile.getDeploymentMode(), profile.getJoinType(),
                profile.getDeploymentMode() != DeploymentMode.SELF_DEPLOYING
                        && profile.isAllowPreProvisionedDeployment(), technician);
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
