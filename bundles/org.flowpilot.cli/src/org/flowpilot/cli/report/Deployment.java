package org.flowpilot.cli.report;

import java.util.Optional;

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

    /** The deployment a device with {@code profile} follows unless a technician pre-provisions it. */
    public static Deployment defaultFor(DeploymentProfile profile) {
        return FlowKinds.isSelfDeploying(FlowKinds.defaultFor(profile)) ? SELF_DEPLOYING : USER_DRIVEN;
    }

    /** Why this deployment cannot run with {@code profile}, or empty when it can (self-deploying with hybrid join). */
    public Optional<String> unsupportedBy(DeploymentProfile profile) {
        return profile == null ? Optional.empty() : FlowKinds.unsupported(mode(), profile.getJoinType());
    }

    /** The deployment a flow of {@code kind} belongs to. */
    public static Deployment of(FlowKind kind) {
        if (FlowKinds.isSelfDeploying(kind)) {
            return SELF_DEPLOYING;
        }
        return FlowKinds.isPreProvisioning(kind) ? PRE_PROVISIONED : USER_DRIVEN;
    }

    /**
     * The standard flow kind for this deployment with {@code profile}'s join type; for pre-provisioning,
     * {@code technician} picks the technician flow over the user flow.
     *
     * @throws IllegalArgumentException when the deployment cannot run with the profile, saying why
     */
    public FlowKind flowKind(DeploymentProfile profile, boolean technician) {
        Optional<String> unsupported = unsupportedBy(profile);
        if (unsupported.isPresent()) {
            throw new IllegalArgumentException("--deployment " + id + ": profile '" + profile.getName() + "' is "
                    + profile.getJoinType().getLiteral() + ". " + unsupported.get());
        }
        return FlowKinds.of(mode(), profile == null ? JoinType.ENTRA_JOINED : profile.getJoinType(),
                this == PRE_PROVISIONED, technician);
    }

    private DeploymentMode mode() {
        return this == SELF_DEPLOYING ? DeploymentMode.SELF_DEPLOYING : DeploymentMode.USER_DRIVEN;
    }
}
