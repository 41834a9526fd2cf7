package org.flowpilot.preview.html;

/**
 * A small HTML writer for the previews and the pages that embed them (the HTML run report, the browser panel).
 * Writes HTML into one buffer: elements with attributes, escaped text, and trusted markup (the renderer's own SVG).
 * Attributes come as name/value pairs; a null value leaves the attribute out (so a boolean attribute is written
 * as {@code disabled="disabled"} or left out).
 */
public final class HtmlWriter {

    private final StringBuilder out;

    /** A writer with room for {@code capacity} characters. */
    public HtmlWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Opens {@code tag} with the attribute pairs {@code attributes}. */
    public HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Writes a void element such as {@code input}, self-closed so that a screen's markup is also well-formed XML. */
    public HtmlWriter empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append(" />");
        return this;
    }

    /** Closes {@code tag}. */
    public HtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes {@code tag} holding the escaped {@code text}. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Writes escaped text. */
    public HtmlWriter text(String text) {
        escape(out, text, false);
        return this;
    }

    /** Writes markup as it is; only for the renderer's own constants. */
    public HtmlWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    /** The HTML written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(out, value, true);
            out.append('"');
        }
    }

    /** {@code text} escaped for HTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(out, text, true);
        return out.toString();
    }

    private static void escape(StringBuilder out, String text, boolean attribute) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> out.append(c);
            }
        }
    }
}
