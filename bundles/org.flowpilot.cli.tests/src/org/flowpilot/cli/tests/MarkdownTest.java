package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.flowpilot.cli.report.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown of {@code diff} and {@code explain}: tables GitHub and the other git hosts render as tables. */
class MarkdownTest {

    private static final Pattern DELIMITER_ROW = Pattern.compile("\\| ---( \\| ---)* \\|");

    @TempDir
    Path folder;

    /** The tables of {@code markdown}: each a list of rows, each row its cells; checks they are well formed. */
    static List<List<List<String>>> tables(String markdown) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("|")) {
                continue;
            }
            assertTrue(i > 0 && lines.get(i - 1).isEmpty(), "a table starts after a blank line: " + lines.get(i));
            assertTrue(DELIMITER_ROW.matcher(lines.get(i + 1)).matches(), "delimiter row: " + lines.get(i + 1));
            List<List<String>> table = new ArrayList<>();
            int columns = cells(lines.get(i)).size();
            assertEquals(columns, cells(lines.get(i + 1)).size(), lines.get(i + 1));
            table.add(cells(lines.get(i)));
            int j = i + 2;
            for (; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                List<String> cells = cells(lines.get(j));
                assertEquals(columns, cells.size(), "cells of " + lines.get(j));
                table.add(cells);
            }
            int end = j;
            assertTrue(end == lines.size() || lines.get(end).isEmpty(),
                    () -> "a blank line ends the table: " + lines.get(end));
            tables.add(table);
            i = j;
        }
        return tables;
    }

    /** The cells of a table row, split at pipes that no backslash escapes. */
    private static List<String> cells(String row) {
        assertTrue(row.startsWith("| ") && row.endsWith(" |"), row);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = row.substring(2, row.length() - 2);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                cell.append(c).append(inner.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    @Test
    void cellsAndCodeSpansEscapeWhatWouldBreakATable() {
        assertEquals("a \\| b \\*c\\* \\_d\\_ &lt;e&gt;", Markdown.cell("a | b *c* _d_ <e>"));
        assertEquals("two lines", Markdown.cell("two\nlines"));
        assertEquals("`a > b`", Markdown.code("a > b"));
        assertEquals("``a`b \\| c``", Markdown.code("a`b | c"));
        assertEquals("`` `x` ``", Markdown.code("`x`"));
        StringBuilder out = new StringBuilder("\n");
        Markdown.table(out, List.of("Name", "Value"), List.of(List.of(Markdown.cell("x|y"), Markdown.code("p|q"))));
        List<List<List<String>>> tables = tables(out.toString());
        assertEquals(List.of(List.of("Name", "Value"), List.of("x\\|y", "`p\\|q`")), tables.get(0));
    }

    @Test
    void diffInMarkdownIsAHeadingCausesAndOneWellFormedTablePerProfile() throws Exception {
        FabrikamBackup.Pair pair = FabrikamBackup.pair("json", folder);
        pair.editAfter(FabrikamBackup.STAFF + ".json", "\"privacySettingsHidden\": false",
                "\"privacySettingsHidden\": true");
        pair.editAfter(FabrikamBackup.KIOSKS + ".json", "\"language\": \"en-US\"",
                "\"language\": \"user-select\"");
        Cli cli = pair.diff("--format", "markdown");
        assertEquals(1, cli.exitCode(), cli.err());
        String markdown = cli.out();
        assertTrue(markdown.startsWith("**Flowpilot diff:** People see a difference in 2 of 2 deployment profiles.\n"),
                markdown);
        assertTrue(markdown.contains("#### Deployment profile `Fabrikam staff laptops`: 16 of 48 scenarios change\n"),
                markdown);
        assertTrue(markdown.contains("- Privacy settings: Show \u2192 Hide\n"), markdown);
        List<List<List<String>>> tables = tables(markdown);
        assertEquals(2, tables.size(), markdown);
        // Profiles come in the order of the folder's files: the kiosks' table first, then the laptops'.
        List<List<String>> laptops = tables.get(1);
        assertEquals(List.of("Windows", "Network", "User", "Deployment", "Person", "Change", "Before", "After"),
                laptops.get(0));
        assertEquals(17, laptops.size());
        for (List<String> row : laptops.subList(1, 17)) {
            assertTrue(row.get(5).startsWith("-privacy; ") && row.get(5).endsWith(" min"), row.toString());
            assertTrue(row.get(6).contains("privacy") && !row.get(7).contains("privacy"), row.toString());
        }
    }

    @Test
    void explainInMarkdownIsOneRowPerCase() throws Exception {
        Cli cli = Cli.run("explain", Cli.contosoIn(folder).toString(), "--format", "markdown");
        assertEquals(0, cli.exitCode(), cli.err());
        List<List<List<String>>> tables = tables("\n" + cli.out());
        assertEquals(1, tables.size());
        assertEquals(List.of("Windows", "Network", "User", "Deployment", "Person", "Outcome", "Minutes", "Screens"),
                tables.get(0).get(0));
        assertEquals(49, tables.get(0).size());
        List<String> first = tables.get(0).get(1);
        // The profile's own deployment mode is marked with an escaped asterisk, as explain's text marks it.
        assertEquals(List.of("10", "wired", "assigned", "user-driven\\*", "user"), first.subList(0, 5));
        assertTrue(first.get(7).startsWith("`") && first.get(7).endsWith("`"), first.toString());
    }
}
