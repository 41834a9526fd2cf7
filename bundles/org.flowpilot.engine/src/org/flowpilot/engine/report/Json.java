package org.flowpilot.engine.report;

import java.util.List;

/** Just enough JSON writing for the reports, so the engine needs no JSON library. */
final class Json {

    private Json() {
    }

    static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static void strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            string(out, values.get(i));
        }
        out.append(']');
    }

    static void field(StringBuilder out, String name, String value) {
        string(out, name);
        out.append(": ");
        string(out, value);
    }
}
