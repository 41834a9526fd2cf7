package org.flowpilot.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.flowpilot.cli.report.JsonOutput;
import org.flowpilot.interop.FolderImportResult;
import org.flowpilot.interop.ImportResult;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.SkippedFile;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flowpilot import FILE... --into MODEL.autopilot}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import Microsoft Graph JSON or YAML (deployment profiles, ESP configurations, Autopilot"
            + " devices, list responses), AutopilotConfigurationFile.json or hardware hash CSV files into a model,"
            + " creating or updating it. Each file's kind is told from its content. A FOLDER is read recursively as"
            + " an Intune backup (IntuneCD's layout); its files of other kinds are left out. On any error nothing"
            + " is written."})
class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "The files and backup folders to import.")
    private List<Path> files;

    @Option(names = "--verbose", description = "Also list each file of a folder read and each one left out, and why.")
    private boolean verbose;

    @Option(names = "--into", required = true, paramLabel = "MODEL.autopilot",
            description = "The model to create or update.")
    private Path model;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}.")
    private OutputFormat format;

    @Override
    public Integer call() {
        Warnings warnings = new Warnings();
        List<ImportResult> results = new ArrayList<>();
        List<FolderImportResult> folders = new ArrayList<>();
        try {
            ModelDocument document = ModelDocument.openOrCreate(model);
            for (Path file : files) {
                if (Files.isDirectory(file)) {
                    folders.add(ModelImporter.importFolder(file, document, warnings));
                } else {
                    results.add(ModelImporter.importFile(file, document, warnings));
                }
            }
            document.save();
        } catch (InteropException e) {
            spec.commandLine().getErr().println("flowpilot import: " + e.getMessage());
            return FlowpilotCommand.BAD_INPUT;
        }
        if (format == OutputFormat.json) {
            JsonObject report = new JsonObject();
            report.addProperty("model", model.toString());
            JsonArray imported = new JsonArray();
            results.forEach(result -> imported.add(json(result)));
            report.add("imported", imported);
            JsonArray folderArray = new JsonArray();
            for (FolderImportResult folder : folders) {
                JsonObject item = new JsonObject();
                item.addProperty("folder", folder.folder().toString());
                item.addProperty("elements", folder.elements());
                JsonArray read = new JsonArray();
                folder.imported().forEach(result -> read.add(json(result)));
                item.add("imported", read);
                JsonArray skipped = new JsonArray();
                for (SkippedFile left : folder.skipped()) {
                    JsonObject file = new JsonObject();
                    file.addProperty("file", left.file().toString());
                    file.addProperty("reason", left.reason().name());
                    file.addProperty("detail", left.detail());
                    skipped.add(file);
                }
                item.add("skipped", skipped);
                folderArray.add(item);
            }
            report.add("folders", folderArray);
            JsonArray warningArray = new JsonArray();
            warnings.messages().forEach(warningArray::add);
            report.add("warnings", warningArray);
            spec.commandLine().getOut().print(JsonOutput.toJson(report));
        } else {
            warnings.messages().forEach(spec.commandLine().getErr()::println);
            PrintWriter out = spec.commandLine().getOut();
            for (ImportResult result : results) {
                out.println("Imported " + elements(result.elements()) + " from " + result.file() + " ("
                        + result.kind().label() + ") into " + model);
            }
            for (FolderImportResult folder : folders) {
                if (verbose) {
                    folder.imported().forEach(r -> out.println("Read " + r.file() + " (" + r.kind().label() + ")"));
                    folder.skipped().forEach(s -> out.println("Skipped " + s.file() + ": " + s.describe()));
                }
                out.println("Imported " + elements(folder.elements()) + " from " + folder.imported().size()
                        + " files of " + folder.folder() + " into " + model + " (" + folder.skipped().size()
                        + " files and folders left out" + (verbose ? ")" : "; --verbose lists them)"));
            }
        }
        return FlowpilotCommand.OK;
    }

    private static JsonObject json(ImportResult result) {
        JsonObject item = new JsonObject();
        item.addProperty("file", result.file().toString());
        item.addProperty("kind", result.kind().name());
        item.addProperty("elements", result.elements());
        return item;
    }

    private static String elements(int count) {
        return count + " element" + (count == 1 ? "" : "s");
    }
}
