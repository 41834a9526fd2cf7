package org.flowpilot.library;

/**
 * The Microsoft Learn pages the standard flows are taken from, as GitHub addresses of their stored copies
 * (published at learn.microsoft.com/autopilot/ with the same path, without {@code .md}).
 */
public final class SourceDocuments {

    private static final String AUTOPILOT = "https://github.com/MicrosoftDocs/memdocs/blob/main/autopilot/";

    /** The network connectivity steps every deployment starts with. */
    public static final String NETWORK_CONNECTIVITY = AUTOPILOT + "tutorial/includes/network-connectivity.md";
    /** User-driven Microsoft Entra join: deploy the device. */
    public static final String USER_DRIVEN_ENTRA_JOIN = AUTOPILOT + "tutorial/user-driven/azure-ad-join-deploy-device.md";
    /** Extra screens in Microsoft Entra join deployments (language, keyboard, privacy). */
    public static final String ENTRA_JOIN_SCREENS = AUTOPILOT + "tutorial/includes/tips-aadj-screens.md";
    /** User-driven Microsoft Entra hybrid join: deploy the device. */
    public static final String USER_DRIVEN_HYBRID_JOIN = AUTOPILOT
            + "tutorial/user-driven/hybrid-azure-ad-join-deploy-device.md";
    /** Extra screens in Microsoft Entra hybrid join deployments. */
    public static final String HYBRID_JOIN_SCREENS = AUTOPILOT + "tutorial/includes/tips-haadj-screens.md";
    /** The pre-provisioning technician flow. */
    public static final String TECHNICIAN_FLOW = AUTOPILOT + "tutorial/includes/technician-flow.md";
    /** Extra screens in the technician flow (language, keyboard, License Terms). */
    public static final String TECHNICIAN_FLOW_SCREENS = AUTOPILOT
            + "tutorial/includes/tips-technician-flow-screens.md";
    /** Pre-provisioning overview: requirements, the Windows key ×5 menu, the user flow caveats. */
    public static final String PRE_PROVISIONING = AUTOPILOT + "pre-provision.md";
    /** The pre-provisioning user flow with Microsoft Entra join. */
    public static final String USER_FLOW_ENTRA_JOIN = AUTOPILOT + "tutorial/pre-provisioning/azure-ad-join-user-flow.md";
    /** The pre-provisioning user flow with Microsoft Entra hybrid join. */
    public static final String USER_FLOW_HYBRID_JOIN = AUTOPILOT
            + "tutorial/pre-provisioning/hybrid-azure-ad-join-user-flow.md";
    /** Self-deploying mode: requirements and behaviour. */
    public static final String SELF_DEPLOYING = AUTOPILOT + "self-deploying.md";
    /** Self-deploying mode: deploy the device. */
    public static final String SELF_DEPLOYING_DEVICE = AUTOPILOT
            + "tutorial/self-deploying/self-deploying-deploy-device.md";

    private SourceDocuments() {
    }
}
