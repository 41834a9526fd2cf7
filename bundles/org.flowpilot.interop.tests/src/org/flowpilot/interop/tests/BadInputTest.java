package org.flowpilot.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ExportOptions;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelExporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives one line naming the file, the place and what was expected. */
class BadInputTest {

    private static final String PROFILE_TYPE = "\"@odata.type\": \"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile\"";
    private static final String HEADER = "Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User\r\n";

    @TempDir
    Path folder;

    private String error(String fileName, String content) {
        return error(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    private String error(String fileName, byte[] content) {
        InteropException e = assertThrows(InteropException.class,
                () -> Fixtures.imported(folder, fileName, content, new Warnings()));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(fileName + ": "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String comma = error("p.json", "{\n  " + PROFILE_TYPE + ",\n  ,\n}");
        assertTrue(comma.startsWith("p.json: line 3, column ") && comma.contains("malformed JSON"), comma);
        String unterminated = error("p.json", "{\n  " + PROFILE_TYPE + ",\n  \"displayName\": \"A\"\n");
        assertTrue(unterminated.startsWith("p.json: line 4, column 1: "), unterminated);
        String trailing = error("p.json", "{" + PROFILE_TYPE + "} x");
        assertTrue(trailing.contains("line 1, column "), trailing);
    }

    @Test
    void malformedJsonSaysWhatWasExpected() {
        assertEquals("p.json: line 1, column 17: malformed JSON: unexpected value, expected a string, number, object,"
                + " array, true, false or null", error("p.json", "{\"displayName\": }"));
        assertMalformed("{\"displayName\" \"A\"}", "expected ':' between a property name and its value");
        assertMalformed("{\"displayName\": \"A\" \"description\": \"B\"}",
                "expected ',' or '}' after a property value");
        assertMalformed("{\"displayName\": \"A\",}", "expected a property name in double quotes (JSON has no comma"
                + " after the last property)");
        assertMalformed("{\"displayName\": 'A'}", "unexpected text, expected a property name or a value: a string in"
                + " double quotes, number, object, array, true, false or null (JSON has no comments, single quotes or"
                + " trailing commas)");
    }

    private void assertMalformed(String json, String expected) {
        String message = error("p.json", json);
        assertTrue(message.startsWith("p.json: line 1, column ") && message.endsWith(": malformed JSON: " + expected),
                message);
    }

    @Test
    void aCharacterAModelFileCannotStoreNamesItsString() {
        // JSON may escape control characters and U+FFFE, U+FFFF; XML 1.0, which model files are, has no place for them.
        assertEquals("p.json: line 2, column 18: the string holds the character U+0008, which a model file (XML 1.0)"
                + " cannot store", error("p.json", "{" + PROFILE_TYPE + ",\n  \"displayName\": \"A\\bB\"}"));
        assertEquals("p.json: line 1, column 17: the string holds the character U+FFFF, which a model file (XML 1.0)"
                + " cannot store", error("p.json", "{\"displayName\": \"\\uFFFF\", " + PROFILE_TYPE + "}"));
    }

    @Test
    void anotherOdataTypeIsRejected() {
        String message = error("ios.json", "{\n  \"@odata.type\": \"#microsoft.graph.iosDeviceFeaturesConfiguration\"\n}");
        assertEquals("ios.json: line 2, column 18: expected @odata.type"
                + " #microsoft.graph.azureADWindowsAutopilotDeploymentProfile,"
                + " #microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile,"
                + " #microsoft.graph.windows10EnrollmentCompletionPageConfiguration,"
                + " #microsoft.graph.windowsAutopilotDeviceIdentity;"
                + " found \"#microsoft.graph.iosDeviceFeaturesConfiguration\"", message);
        String inList = error("list.json", "{\"value\": [{" + PROFILE_TYPE + "}, {\"@odata.type\": \"#x.y\"}]}");
        assertTrue(inList.contains("found \"#x.y\""), inList);
    }

    @Test
    void aValueOfTheWrongTypeNamesItsPosition() {
        String message = error("p.json", "{\n  " + PROFILE_TYPE + ",\n  \"outOfBoxExperienceSetting\": {\n"
                + "    \"eulaHidden\": \"yes\"\n  }\n}");
        String flag = error("p.json", "{" + PROFILE_TYPE + ",\n  \"displayName\": true}");
        assertTrue(flag.startsWith("p.json: line 2, column 18: 'displayName' of"), flag);
        assertEquals("p.json: line 4, column 19: 'eulaHidden' of outOfBoxExperienceSetting must be a boolean"
                + " (true or false); found the string \"yes\"", message);
        String number = error("esp.json", "{\"@odata.type\": \"#microsoft.graph.windows10EnrollmentCompletionPage"
                + "Configuration\",\n\"installProgressTimeoutInMinutes\": 1.5}");
        assertEquals("esp.json: line 2, column 36: 'installProgressTimeoutInMinutes' of"
                + " microsoft.graph.windows10EnrollmentCompletionPageConfiguration must be a whole number (Int32);"
                + " found the number 1.5", number);
    }

    @Test
    void anUnknownEnumValueListsTheKnownOnes() {
        String message = error("p.json", "{" + PROFILE_TYPE + ", \"deviceType\": \"toaster\"}");
        assertTrue(message.endsWith("'deviceType' of microsoft.graph.azureADWindowsAutopilotDeploymentProfile must be"
                + " one of windowsPc, holoLens, surfaceHub2, surfaceHub2S; found \"toaster\""), message);
        String usage = error("p.json", "{" + PROFILE_TYPE + ", \"outOfBoxExperienceSetting\": {\"deviceUsageType\":"
                + " \"kiosk\"}}");
        assertTrue(usage.contains("must be one of singleUser, shared; found \"kiosk\""), usage);
    }

    @Test
    void unknownPropertiesAreWarnedAboutAndKept() throws InteropException {
        Warnings warnings = new Warnings();
        ModelDocument document = Fixtures.imported(folder, "p.json", ("{" + PROFILE_TYPE + ",\n \"displayName\": \"P\","
                + "\n \"futureSetting\": {\"a\": 1},\n \"outOfBoxExperienceSetting\": {\"newToggle\": true}}")
                .getBytes(StandardCharsets.UTF_8), warnings);
        assertEquals(2, warnings.messages().size(), warnings.messages().toString());
        assertEquals("p.json: line 3, column 19: warning: unknown property 'futureSetting' of"
                + " microsoft.graph.azureADWindowsAutopilotDeploymentProfile is kept and exported unchanged",
                warnings.messages().get(1));
        String exported = Fixtures.export(document, ExportFormat.GRAPH_JSON, ExportOptions.defaults());
        assertTrue(exported.contains("\"futureSetting\": {\n    \"a\": 1\n  }"), exported);
        assertTrue(exported.contains("\"newToggle\": true"), exported);
    }

    @Test
    void csvWithExtraColumnsQuotesOrNonAnsiTextIsRejected() {
        assertEquals("d.csv: row 3: expected 5 columns (Device Serial Number,Windows Product ID,Hardware Hash,"
                + "Group Tag,Assigned User); found 6: extra columns are not allowed",
                error("d.csv", HEADER + "A1,,HASH,,\r\nA2,,HASH,,,extra\r\n"));
        assertEquals("d.csv: row 2, column 1: quotation marks are not allowed; expected plain comma-separated values",
                error("d.csv", HEADER + "\"A1\",,HASH,,\r\n"));
        assertEquals("d.csv: row 2, column 1: expected ANSI text (printable ASCII, not Unicode); found the byte 0xC3",
                error("d.csv", HEADER + "\u00c5,,HASH,,\r\n"));
        String bom = error("d.csv", ("\uFEFF" + HEADER + "A1,,HASH,,\r\n"));
        assertTrue(bom.startsWith("d.csv: row 1, column 1: expected ANSI text") && bom.contains("byte order mark"), bom);
        String header = error("d.csv", "Device Serial Number,windows product id,Hardware Hash\r\n");
        assertTrue(header.startsWith("d.csv: row 1 (header): expected \"Device Serial Number,"), header);
    }

    @Test
    void csvWithMoreThan500RowsImportsWithAWarningToSplitIt() throws InteropException {
        // 500 rows is a limit of Intune's upload, not of the format: a tenant's whole device list is read.
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 501; i++) {
            csv.append("SN").append(i).append(",,HASH,,\r\n");
        }
        Warnings warnings = new Warnings();
        ModelDocument document = Fixtures.imported(folder, "d.csv", csv.toString().getBytes(StandardCharsets.US_ASCII),
                warnings);
        assertEquals(501, document.model().getDevices().size());
        assertEquals(List.of("d.csv: row 502: warning: 501 device rows; Intune's upload takes at most 500 per CSV"
                + " file: split the file before uploading it"), warnings.messages());
    }

    @Test
    void offlineFileWithAnUnknownJoinMethodIsRejected() {
        String message = error("AutopilotConfigurationFile.json", "{\"CloudAssignedTenantId\": \"t\",\n"
                + "\"CloudAssignedDomainJoinMethod\": 2}");
        assertEquals("AutopilotConfigurationFile.json: line 2, column 34: 'CloudAssignedDomainJoinMethod' must be 0"
                + " (Microsoft Entra joined) or 1 (Microsoft Entra hybrid joined); found 2", message);
    }

    @Test
    void anUnrecognizedFileIsRejected() {
        assertTrue(error("notes.txt", "hello").startsWith("notes.txt: line 1, column 1: expected a Microsoft Graph"));
        assertTrue(error("other.json", "{\"name\": 1}").contains("expected a Graph object with an @odata.type"));
    }

    @Test
    void aFailedExportLeavesTheOutputFileUnchanged() throws Exception {
        ModelDocument document = Fixtures.imported(folder, "azuread-profile-deprecated-selfdeploying.json");
        Path out = Files.writeString(folder.resolve("AutopilotConfigurationFile.json"), "previous");
        InteropException e = assertThrows(InteropException.class, () -> ModelExporter.exportTo(document,
                ExportFormat.AUTOPILOT_CONFIG, ExportOptions.defaults(), out));
        assertTrue(e.getMessage().contains("supports only user-driven profiles"), e.getMessage());
        assertEquals("previous", Files.readString(out));
    }
}
