package org.flowpilot.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.ScreenVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML is read safely into what JSON can hold; anything else is one line naming the file, line and column. */
class YamlInputTest {

    private static final String PROFILE = "'@odata.type': '#microsoft.graph.azureADWindowsAutopilotDeploymentProfile'\n"
            + "displayName: Anchored\n";

    @TempDir
    Path folder;

    private ModelDocument imported(String yaml) throws InteropException {
        return Fixtures.imported(folder, "p.yaml", yaml.getBytes(StandardCharsets.UTF_8), new Warnings());
    }

    private String error(String yaml) {
        InteropException e = assertThrows(InteropException.class, () -> imported(yaml));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("p.yaml: "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void noTagEverConstructsAnObject() {
        assertEquals("p.yaml: line 3, column 14: unsupported YAML tag '!!python/object/apply:os.system'; a backup"
                + " holds only mappings, lists, strings, numbers, booleans and null",
                error(PROFILE + "description: !!python/object/apply:os.system ['echo owned']\n"));
        assertTrue(error(PROFILE + "description: !!javax.script.ScriptEngineManager [x]\n")
                .startsWith("p.yaml: line 3, column 14: unsupported YAML tag"));
        assertTrue(error(PROFILE + "roleScopeTagIds: !!set {a: null}\n")
                .startsWith("p.yaml: line 3, column 18: unsupported YAML tag '!!set'"));
    }

    @Test
    void anchorsAndAliasesReadAsTheirValues() throws InteropException {
        DeploymentProfile profile = imported(PROFILE + "outOfBoxExperienceSetting:\n  privacySettingsHidden: &h true\n"
                + "  eulaHidden: *h\n").model().getProfiles().get(0);
        assertEquals(ScreenVisibility.HIDE, profile.getPrivacySettings());
        assertEquals(ScreenVisibility.HIDE, profile.getMicrosoftSoftwareLicenseTerms());
    }

    @Test
    void duplicateAndMergeKeysAreErrors() {
        assertEquals("p.yaml: line 3, column 1: duplicate property 'displayName' (first at line 2)",
                error(PROFILE + "displayName: Again\n"));
        assertEquals("p.yaml: line 5, column 3: merge keys ('<<') are not supported; write the properties out",
                error(PROFILE + "base: &b {eulaHidden: true}\noutOfBoxExperienceSetting:\n  <<: *b\n"));
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        String message = error(PROFILE + "outOfBoxExperienceSetting:\n  eulaHidden: true\n privacySettingsHidden: x\n");
        assertTrue(message.startsWith("p.yaml: line 5, column "), message);
        assertTrue(message.contains(": malformed YAML: "), message);
        String tab = error(PROFILE + "description:\t\"unterminated\n");
        assertTrue(tab.contains("malformed YAML"), tab);
    }

    @Test
    void oneDocumentPerFile() {
        assertEquals("p.yaml: line 4, column 1: a second YAML document starts here; expected one document per file",
                error(PROFILE + "---\n" + PROFILE));
        assertEquals("p.yaml: line 1, column 1: the YAML holds no document; expected one mapping of properties",
                error("# nothing here\n"));
    }

    @Test
    void numbersJsonCannotHoldAreErrors() {
        String nan = error("'@odata.type': '#microsoft.graph.windows10EnrollmentCompletionPageConfiguration'\n"
                + "installProgressTimeoutInMinutes: .nan\n");
        assertEquals("p.yaml: line 2, column 34: '.nan' is not a number JSON can hold", nan);
    }

    @Test
    void wrongTypesAreReportedAsForJson() {
        assertEquals("p.yaml: line 2, column 34: 'installProgressTimeoutInMinutes' of"
                + " microsoft.graph.windows10EnrollmentCompletionPageConfiguration must be a whole number (Int32); found the string"
                + " \"sixty\"", error("'@odata.type': '#microsoft.graph.windows10EnrollmentCompletionPageConfiguration'\n"
                        + "installProgressTimeoutInMinutes: sixty\n"));
    }
}
