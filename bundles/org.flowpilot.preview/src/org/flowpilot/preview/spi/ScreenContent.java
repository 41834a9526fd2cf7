package org.flowpilot.preview.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a contributed screen shows. The renderer lays it out the way the out-of-box experience of the step's Windows
 * version does (the full-screen blue page of Windows 10, the rounded card of Windows 11), so a contributed screen
 * sits among the built-in ones and keeps the markup contract: it becomes a {@code <section class="screen">} with
 * {@code data-screen} set to {@link #screenId()}, its buttons become {@code <button>} elements and its field an
 * {@code <input>}. Build one with {@link #builder(String, String)}.
 *
 * @param screenId the screen id written as {@code data-screen}; lower case with hyphens
 * @param title the page's title
 * @param message the text under the title, or empty
 * @param choices the rows of a list the person picks from, or empty
 * @param selectedChoice the index of the selected row in {@code choices}, or -1
 * @param details labelled values shown as a table, or empty
 * @param field a text box, or null
 * @param buttons the buttons at the bottom of the page, in reading order
 * @since 1.0
 */
public record ScreenContent(String screenId, String title, String message, List<String> choices, int selectedChoice,
        List<ScreenDetail> details, ScreenField field, List<ScreenButton> buttons) {

    /** Checks the values and copies the lists, so that the content stays immutable. */
    public ScreenContent {
        Objects.requireNonNull(screenId, "screenId");
        Objects.requireNonNull(title, "title");
        message = message == null ? "" : message;
        choices = List.copyOf(choices);
        details = List.copyOf(details);
        buttons = List.copyOf(buttons);
        if (selectedChoice < -1 || selectedChoice >= choices.size()) {
            throw new IllegalArgumentException("selectedChoice " + selectedChoice + " is not a row of " + choices);
        }
    }

    /** A builder for the screen {@code screenId} titled {@code title}. */
    public static Builder builder(String screenId, String title) {
        return new Builder(screenId, title);
    }

    /** Collects the parts of a {@link ScreenContent}. */
    public static final class Builder {
        private final String screenId;
        private final String title;
        private String message = "";
        private final List<String> choices = new ArrayList<>();
        private int selectedChoice = -1;
        private final List<ScreenDetail> details = new ArrayList<>();
        private ScreenField field;
        private final List<ScreenButton> buttons = new ArrayList<>();

        private Builder(String screenId, String title) {
            this.screenId = screenId;
            this.title = title;
        }

        /** Sets the text under the title. */
        public Builder message(String value) {
            message = value;
            return this;
        }

        /** Adds a row to pick from; {@code selected} marks it as the one picked. */
        public Builder choice(String row, boolean selected) {
            if (selected) {
                selectedChoice = choices.size();
            }
            choices.add(row);
            return this;
        }

        /** Adds a labelled value. */
        public Builder detail(String label, String value) {
            details.add(new ScreenDetail(label, value));
            return this;
        }

        /** Sets the text box. */
        public Builder field(ScreenField value) {
            field = value;
            return this;
        }

        /** Adds a button. */
        public Builder button(ScreenButton value) {
            buttons.add(value);
            return this;
        }

        /** The content. */
        public ScreenContent build() {
            return new ScreenContent(screenId, title, message, choices, selectedChoice, details, field, buttons);
        }
    }
}
