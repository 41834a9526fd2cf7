package org.flowpilot.preview.spi;

/**
 * How a button looks on a screen preview.
 *
 * @since 1.0
 */
public enum ButtonRole {
    /** The screen's main action, drawn in the accent colour (Next, Sign in, Yes). */
    PRIMARY,
    /** Another action, drawn as a plain button (Skip, Decline, Refresh). */
    SECONDARY,
    /** An action drawn as a text link (Sign-in options, Show details on Windows 10). */
    LINK,
    /** A choice in a list the person picks from, drawn as a row of the page's body (the technician's menu). */
    OPTION
}
