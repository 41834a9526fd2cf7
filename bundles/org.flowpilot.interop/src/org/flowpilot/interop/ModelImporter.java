package org.flowpilot.interop;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.JsonDocument;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.interop.internal.csv.HardwareHashCsv;
import org.flowpilot.interop.internal.graph.GraphJsonReader;
import org.flowpilot.interop.internal.offline.OfflineConfigFile;

/**
 * Imports files into a model, telling their kind from their content: Graph JSON (bodies and lists) or YAML,
 * AutopilotConfigurationFile.json, or the hardware hash CSV; and whole backup folders of Intune-as-code tools. A
 * file with an error changes nothing that is saved: callers save the {@link ModelDocument} only after every file
 * imported.
 */
public final class ModelImporter {

    private ModelImporter() {
    }

    /** Imports {@code file} into {@code target}'s model (in memory); warnings go to {@code warnings}. */
    public static ImportResult importFile(Path file, ModelDocument target, Warnings warnings)
            throws InteropException {
        return importContent(file, read(file), target, warnings);
    }

    /**
     * Imports every deployment profile, ESP configuration and Autopilot device under {@code folder}, recursively,
     * in JSON or YAML, as IntuneCD backs a tenant up: files are recognized by their {@code @odata.type}; other
     * files, hidden folders (such as {@code .git}) and IntuneCD's {@code __archive__} are left out and listed in the
     * result. A malformed JSON or YAML file anywhere is an error, as is a folder with nothing to import.
     */
    public static FolderImportResult importFolder(Path folder, ModelDocument target, Warnings warnings)
            throws InteropException {
        return FolderImporter.importFolder(folder, target, warnings);
    }

    static byte[] read(Path file) throws InteropException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InteropException(file + ": cannot read: " + ModelDocument.oneLine(e));
        }
    }

    static boolean isYamlName(String lowerCaseName) {
        return lowerCaseName.endsWith(".yaml") || lowerCaseName.endsWith(".yml");
    }

    /** Imports {@code content}, read from {@code file}, into {@code target}'s model (in memory). */
    public static ImportResult importContent(Path file, byte[] content, ModelDocument target, Warnings warnings)
            throws InteropException {
        String name = file.toString();
        if (HardwareHashCsv.isHardwareHashCsv(content)) {
            int rows = HardwareHashCsv.importInto(name, content, target.model(), warnings);
            return new ImportResult(file, InputKind.HARDWARE_HASH_CSV, rows);
        }
        String text = decode(content);
        if (isYamlName(name.toLowerCase(Locale.ROOT))) {
            JsonDocument yaml = JsonDocument.parseYaml(name, text);
            if (!GraphJsonReader.isGraph(yaml.root())) {
                throw yaml.error(yaml.root(), "expected a Graph object with an @odata.type (a deployment profile,"
                        + " ESP configuration or Autopilot device) or a Graph list {value: [...]} of them");
            }
            int elements = GraphJsonReader.importInto(yaml, target.model(), warnings);
            return new ImportResult(file, InputKind.GRAPH_YAML, elements);
        }
        if (!text.stripLeading().startsWith("{") && !text.stripLeading().startsWith("[")) {
            throw new InteropException(name + ": line 1, column 1: expected a Microsoft Graph JSON body or list,"
                    + " an AutopilotConfigurationFile.json, or a hardware hash CSV starting with \"Device Serial"
                    + " Number\"");
        }
        JsonDocument document = JsonDocument.parse(name, text);
        if (GraphJsonReader.isGraph(document.root())) {
            int elements = GraphJsonReader.importInto(document, target.model(), warnings);
            return new ImportResult(file, InputKind.GRAPH_JSON, elements);
        }
        if (OfflineConfigFile.isOfflineConfig(document.root())) {
            OfflineConfigFile.importInto(document, target.model(), warnings);
            return new ImportResult(file, InputKind.AUTOPILOT_CONFIG, 1);
        }
        throw document.error(document.root(), "expected a Graph object with an @odata.type, a Graph list"
                + " {\"value\": [...]}, or an AutopilotConfigurationFile.json with CloudAssigned... properties");
    }

    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            // AutopilotConfigurationFile.json is written as ANSI, which is not always valid UTF-8.
            return new String(content, start, content.length - start, Charset.forName("windows-1252"));
        }
    }
}
