package org.flowpilot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.flowpilot.cli.report.JsonOutput;
import org.flowpilot.interop.ImportResult;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
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
        description = {"Import Microsoft Graph JSON (deployment profiles, ESP configurations, list responses),",
            "AutopilotConfigurationFile.json or hardware hash CSV files into a model, creating or updating it.",
            "Each file's kind is told from its content. On any error nothing is written."})
class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    private List<Path> files;

    @Option(names = "--into", required = true, paramLabel = "MODEL.autopilot",
            description = "The model to create or update.")
    private Path model;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}.")
    private OutputFormat format;

    @Override
    public Integer call() {
        Warnings warnings = new Warnings();
        List<ImportResult> results = new ArrayList<>();
        try {
            ModelDocument document = ModelDocument.openOrCreate(model);
            for (Path file : files) {
                results.add(ModelImporter.importFile(file, document, warnings));
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
            for (ImportResult result : results) {
                JsonObject item = new JsonObject();
                item.addProperty("file", result.file().toString());
                item.addProperty("kind", result.kind().name());
                item.addProperty("elements", result.elements());
                imported.add(item);
            }
            report.add("imported", imported);
            JsonArray warningArray = new JsonArray();
            warnings.messages().forEach(warningArray::add);
            report.add("warnings", warningArray);
            spec.commandLine().getOut().print(JsonOutput.toJson(report));
        } else {
            warnings.messages().forEach(spec.commandLine().getErr()::println);
            for (ImportResult result : results) {
                spec.commandLine().getOut().println("Imported " + result.elements() + " element"
                        + (result.elements() == 1 ? "" : "s") + " from " + result.file() + " ("
                        + result.kind().label() + ") into " + model);
            }
        }
        return FlowpilotCommand.OK;
    }
}
