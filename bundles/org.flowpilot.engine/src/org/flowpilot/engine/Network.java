package org.flowpilot.engine;

import java.util.Locale;

/** The network a device has when it is turned on. */
public enum Network {
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

    /** The identifier used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** The network named {@code id} ({@code wired}, {@code wifi} or {@code none}). */
    public static Network fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Network network : values()) {
            if (network.id.equals(wanted)) {
                return network;
            }
        }
        throw new IllegalArgumentException("Unknown network '" + id + "': use wired, wifi or none");
    }
}
