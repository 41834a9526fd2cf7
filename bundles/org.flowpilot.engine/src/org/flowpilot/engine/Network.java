package org.flowpilot.engine;

/**
 * The network a device has when it is turned on.
 *
 * @since 1.0
 */
public enum Network implements CommandLineId {
    /** A wired connection to the Internet: the profile downloads at power on. */
    WIRED("wired"),
    /** Wi-Fi: the person picks a region and keyboard, then connects on the network screen. */
    WIFI("wifi"),
    /** No network at all: Autopilot cannot go past the network screen. */
    NONE("none");

    private final String id;

    Network(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The network named {@code id} ({@code wired}, {@code wifi} or {@code none}). */
    public static Network fromId(String id) {
        return CommandLineId.fromId(Network.class, id, "network");
    }
}
