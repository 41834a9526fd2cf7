package org.flowpilot.cli.report;

import java.util.List;

/**
 * GitHub-flavored Markdown for reports that go into pull-request comments: tables whose cells can hold any text,
 * and code spans for names. Renders alike on GitHub, GitLab, Azure DevOps and Bitbucket.
 */
public final class Markdown {

    private Markdown() {
    }

    /**
     * Appends a table: the header row, the delimiter row, then {@code rows}; every row gets as many cells as the
     * header, each escaped with {@link #cell(String)} unless it is already a {@link #code(String) code span}.
     */
    public static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        row(out, header.stream().map(Markdown::cell).toList());
        row(out, header.stream().map(h -> "---").toList());
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + header.size()
                        + " columns");
            }
            row(out, row);
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** {@code text} safe inside a table cell: pipes, backslashes and markup escaped, line breaks as spaces. */
    public static String cell(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '#' -> escaped.append('\\').append(c);
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\n', '\r' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * {@code text} as a code span, fenced with more backticks than it holds; pipes are escaped, which GitHub
     * requires even inside code spans in tables.
     */
    public static String code(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (char c : flat.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String padding = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + padding + flat + padding + fence;
    }
}
