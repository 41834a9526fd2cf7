package org.flowpilot.model.edit.settings;

/**
 * Whether a setting can be changed now, given the settings it depends on, and why not.
 *
 * @param state  editable, forced to a value by another setting, disabled, or not applicable at all
 * @param reason why the setting is not editable, naming the setting that decides; empty when editable
 */
public record Availability(State state, String reason) {

    /** How a setting depends on the others. */
    public enum State {
        /** The setting applies and can be changed. */
        EDITABLE,
        /** Another setting fixes the value (the admin center shows it greyed out with that value). */
        FORCED,
        /** The setting shows but cannot be changed until another setting allows it. */
        DISABLED,
        /** The setting does not apply (the admin center does not show it). */
        HIDDEN
    }

    static final Availability EDITABLE = new Availability(State.EDITABLE, "");

    static Availability forced(String reason) {
        return new Availability(State.FORCED, reason);
    }

    static Availability disabled(String reason) {
        return new Availability(State.DISABLED, reason);
    }

    static Availability hidden(String reason) {
        return new Availability(State.HIDDEN, reason);
    }

    /** Whether the setting can be changed. */
    public boolean isEditable() {
        return state == State.EDITABLE;
    }

    /** Whether the setting is shown at all. */
    public boolean isShown() {
        return state != State.HIDDEN;
    }
}
