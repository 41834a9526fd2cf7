package org.flowpilot.diagram.internal.assignment;

/** The graph model types and palette entries of the assignment diagram, shared with the client's views. */
public final class AssignmentTypes {

    /** A deployment profile. */
    public static final String PROFILE = "node:profile";
    /** An Enrollment Status Page configuration. */
    public static final String ESP = "node:esp";
    /** A device or user group. */
    public static final String GROUP = "node:group";
    /** A device. */
    public static final String DEVICE = "node:device";
    /** A user. */
    public static final String USER = "node:user";
    /** A profile's or ESP's assignment to a group, included or excluded. */
    public static final String ASSIGNMENT = "edge:assignment";
    /** The palette entry creating an excluded assignment. */
    public static final String EXCLUSION = "edge:exclusion";
    /** A group holding a device or a user. */
    public static final String MEMBER = "edge:member";
    /** A device's assigned user. */
    public static final String ASSIGNED_USER = "edge:assigned-user";

    /** Palette entries of nodes. */
    public static final String CREATE_PROFILE = "create:profile";
    /** Palette entry of an ESP configuration. */
    public static final String CREATE_ESP = "create:esp";
    /** Palette entry of a device group. */
    public static final String CREATE_DEVICE_GROUP = "create:device-group";
    /** Palette entry of a user group. */
    public static final String CREATE_USER_GROUP = "create:user-group";
    /** Palette entry of a device. */
    public static final String CREATE_DEVICE = "create:device";
    /** Palette entry of a user. */
    public static final String CREATE_USER = "create:user";

    /** The id of a membership edge. */
    static String memberId(String groupId, String memberId) {
        return "member:" + groupId + ":" + memberId;
    }

    /** The id of an assigned-user edge. */
    static String assignedUserId(String deviceId) {
        return "assigned-user:" + deviceId;
    }

    private AssignmentTypes() {
    }
}
