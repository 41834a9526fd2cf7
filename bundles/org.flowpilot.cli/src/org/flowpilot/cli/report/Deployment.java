package org.flowpilot.cli.report;

import org.flowpilot.engine.CommandLineId;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.query.FlowKinds;

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

    /**
     * The standard flow kind for this deployment with {@code profile}'s join type; for pre-provisioning,
     * {@code technician} picks the technician flow over the user flow.
     */
    public FlowKind flowKind(DeploymentProfile profile, boolean technician) {
        return FlowKinds.of(this == SELF_DEPLOYING ? DeploymentMode.SELF_DEPLOYING : DeploymentMode.USER_DRIVEN,
                profile == null ? JoinType.ENTRA_JOINED : profile.getJoinType(), this == PRE_PROVISIONED, technician);
    }
}
