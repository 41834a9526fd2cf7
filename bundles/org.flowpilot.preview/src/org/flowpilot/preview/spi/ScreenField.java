package org.flowpilot.preview.spi;

import java.util.Objects;

/**
 * A text box on a screen preview, drawn as a read-only {@code <input>} whose {@code value} is {@code value}.
 *
 * @param id a stable id for tests and scripts, written as {@code data-field}
 * @param label the box's accessible label
 * @param value what the box holds, empty when nothing is filled in
 * @param placeholder the hint shown in an empty box, or empty
 * @since 1.0
 */
public record ScreenField(String id, String label, String value, String placeholder) {

    /** Checks the id and label and turns null values into empty ones. */
    public ScreenField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        value = value == null ? "" : value;
        placeholder = placeholder == null ? "" : placeholder;
    }
}
