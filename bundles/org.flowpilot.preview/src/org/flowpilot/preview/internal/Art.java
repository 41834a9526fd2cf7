package org.flowpilot.preview.internal;

/** The illustration beside an out-of-box experience page's title. */
public enum Art {
    NONE, GLOBE, KEYBOARD, NETWORK, DOCUMENT, PRIVACY, ACCOUNT, PHONE, SETUP, TOOLS, SUCCESS, FAILURE, PUZZLE
}
