package org.flowpilot.interop.compare;

/**
 * One setting whose value differs: {@code subject} narrows a setting that has several values (the tracked item,
 * as {@code Device setup > Microsoft 365 Apps}) and is null otherwise. Values read as in the admin center;
 * {@code (none)} stands for no value or no such item.
 */
public record SettingChange(Setting setting, String subject, String before, String after) {

    /** One line for people, such as {@code Privacy settings: Show → Hide}. */
    public String describe() {
        String name = subject == null ? setting.label() : subject;
        return name + ": " + before + " \u2192 " + after;
    }
}
