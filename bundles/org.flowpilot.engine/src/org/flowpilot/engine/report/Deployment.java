package org.flowpilot.engine.report;

import org.flowpilot.engine.CommandLineId;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.JoinType;

/** The deployment modes a scenario can use, as named on the command line. */
public enum Deployment implements CommandLineId {
    /** User-driven mode. */
    USER_DRIVEN("user-driven"),
    /** Pre-provisioning: a technician flow, then a user flow. */
    PRE_PROVISIONED("pre-provisioned"),
    /** Self-deploying mode. */
    SELF_DEPLOYING("self-deploying");

    private final String id;

    Deployment(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The deployment named {@code id}. */
    public static Deployment fromId(String id) {
        return CommandLineId.fromId(Deployment.class, id, "deployment");
    }

    /** The deployment a profile implies: self-deploying, pre-provisioned when allowed, else user-driven. */
    public static Deployment of(DeploymentProfile profile) {
        if (profile.getDeploymentMode() == DeploymentMode.SELF_DEPLOYING) {
            return SELF_DEPLOYING;
        }
        return profile.isAllowPreProvisionedDeployment() ? PRE_PROVISIONED : USER_DRIVEN;
    }

    /**
     * The standard flow kind for this deployment with {@code profile}'s join type; for pre-provisioning,
     * {@code technician} picks the technician flow over the user flow.
     */
    public FlowKind flowKind(DeploymentProfile profile, boolean technician) {
        boolean hybrid = profile != null && profile.getJoinType() == JoinType.ENTRA_HYBRID_JOINED;
        return switch (this) {
            case USER_DRIVEN -> hybrid ? FlowKind.USER_DRIVEN_HYBRID_JOIN : FlowKind.USER_DRIVEN_ENTRA_JOIN;
            case PRE_PROVISIONED -> technician ? FlowKind.PRE_PROVISIONING_TECHNICIAN
                    : hybrid ? FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN : FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN;
            case SELF_DEPLOYING -> FlowKind.SELF_DEPLOYING;
        };
    }
}
