package org.flowpilot.preview.spi;

import java.util.Objects;

/**
 * A button on a screen preview, drawn as a real {@code <button>} whose text is {@code label}.
 *
 * @param id a stable id for tests and scripts, written as {@code data-button}; lower case with hyphens
 * @param label the text on the button, in the wording of the screen's Windows version
 * @param role how the button looks
 * @param enabled false for a button the person cannot press yet (Next before a network is connected)
 * @since 1.0
 */
public record ScreenButton(String id, String label, ButtonRole role, boolean enabled) {

    /** Checks that every part is there. */
    public ScreenButton {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
    }

    /** An enabled primary button. */
    public static ScreenButton primary(String id, String label) {
        return new ScreenButton(id, label, ButtonRole.PRIMARY, true);
    }

    /** An enabled secondary button. */
    public static ScreenButton secondary(String id, String label) {
        return new ScreenButton(id, label, ButtonRole.SECONDARY, true);
    }

    /** The same button, disabled. */
    public ScreenButton disabled() {
        return new ScreenButton(id, label, role, false);
    }
}
