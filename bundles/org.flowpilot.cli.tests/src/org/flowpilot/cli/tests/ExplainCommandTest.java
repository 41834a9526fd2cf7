package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code flowpilot explain}: the scenario matrix as a table and as JSON. */
class ExplainCommandTest {

    /** 2 Windows versions × 3 networks × user assigned or not × 4 flows (pre-provisioning has two). */
    private static final int CASES = 48;

    @TempDir
    Path folder;

    @Test
    void jsonHasOneRowPerCaseWithTheScreensInOrder() throws Exception {
        Path model = Cli.contosoIn(folder);
        Cli cli = Cli.run("explain", model.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonArray rows = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("rows");
        assertEquals(CASES, rows.size());
        Set<String> cases = new HashSet<>();
        for (JsonElement element : rows) {
            JsonObject row = element.getAsJsonObject();
            cases.add(row.get("windows").getAsInt() + row.get("network").getAsString()
                    + row.get("userAssigned").getAsBoolean() + row.get("deployment").getAsString()
                    + row.get("person").getAsString());
            assertTrue(SimulateCommandTest.OUTCOMES.contains(row.get("outcome").getAsString()), row.toString());
            for (String screen : SimulateCommandTest.strings(row.getAsJsonArray("screens"))) {
                assertTrue(SimulateCommandTest.SCREENS.contains(screen), row.toString());
            }
            String network = row.get("network").getAsString();
            List<String> screens = SimulateCommandTest.strings(row.getAsJsonArray("screens"));
            if (network.equals("none")) {
                assertEquals("blocked", row.get("outcome").getAsString(), row.toString());
                assertEquals("network-connect", screens.get(screens.size() - 1), row.toString());
            } else {
                assertEquals(network.equals("wifi"), screens.contains("network-connect"), row.toString());
            }
        }
        assertEquals(CASES, cases.size(), "every case once");
        JsonObject technician = find(rows, 11, "wired", "pre-provisioned", "technician");
        assertEquals("resealed", technician.get("outcome").getAsString());
        assertTrue(SimulateCommandTest.strings(technician.getAsJsonArray("screens")).contains("provisioning-menu"));
        JsonObject kiosk = find(rows, 10, "wired", "self-deploying", "user");
        assertEquals("sign-on-screen", kiosk.get("outcome").getAsString());
        assertFalse(SimulateCommandTest.strings(kiosk.getAsJsonArray("screens")).contains("entra-sign-in"));
    }

    @Test
    void textIsATableWithOneLinePerCase() throws Exception {
        Path profile = Files.writeString(folder.resolve("profile.json"), SimulateCommandTest.USER_DRIVEN_PROFILE);
        Cli cli = Cli.run("explain", "--profile-json", profile.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(CASES + 2, lines.size(), "a header, the cases and what the mark means: " + cli.out());
        String header = lines.get(0);
        assertTrue(header.startsWith("WINDOWS  NETWORK  USER"), header);
        assertTrue(lines.get(CASES + 1).startsWith("* the profile's deployment mode"), lines.get(CASES + 1));
        int screens = header.indexOf("SCREENS");
        for (String line : lines.subList(1, CASES + 1)) {
            assertEquals(' ', line.charAt(screens - 1), line);
            assertTrue(line.substring(screens).startsWith("language-region")
                    || line.substring(screens).startsWith("keyboard"), line);
        }
        assertTrue(cli.out().contains("11       wired    assigned  user-driven*     user        desktop"), cli.out());
    }

    @Test
    void badInputExitsWithTwo() throws Exception {
        Cli cli = Cli.run("explain");
        assertEquals(2, cli.exitCode());
        assertEquals("flowpilot explain: give either MODEL|FILE|FOLDER or --profile-json FILE", cli.err().strip());
        Path model = Cli.contosoIn(folder);
        cli = Cli.run("explain", model.toString(), "--profile", "Nope");
        SimulateCommandTest.assertOneLineError(cli, "flowpilot explain: " + model + ": no profile named 'Nope'");
    }

    private static JsonObject find(JsonArray rows, int windows, String network, String deployment, String person) {
        for (JsonElement element : rows) {
            JsonObject row = element.getAsJsonObject();
            if (row.get("windows").getAsInt() == windows && row.get("network").getAsString().equals(network)
                    && row.get("deployment").getAsString().equals(deployment)
                    && row.get("person").getAsString().equals(person)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + windows + " " + network + " " + deployment + " " + person);
    }
}
