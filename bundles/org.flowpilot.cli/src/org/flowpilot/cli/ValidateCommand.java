package org.flowpilot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.flowpilot.cli.report.JsonOutput;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.model.validation.AutopilotValidator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flowpilot validate MODEL.autopilot [--format text|json]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a model against the Autopilot and flow rules: every problem with its severity,",
            "element path and rule id. Exit code 1 when there is an error, 0 when only warnings or none."})
class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.autopilot", description = "The model to check.")
    private Path model;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}.")
    private OutputFormat format;

    @Override
    public Integer call() {
        ModelDocument document;
        try {
            document = ModelDocument.open(model);
        } catch (InteropException e) {
            spec.commandLine().getErr().println("flowpilot validate: " + e.getMessage());
            return FlowpilotCommand.BAD_INPUT;
        }
        List<ValidationProblem> problems = ValidationProblem.of(AutopilotValidator.validate(document.model()));
        long errors = problems.stream().filter(ValidationProblem::isError).count();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            JsonObject report = new JsonObject();
            report.addProperty("model", model.toString());
            report.addProperty("errors", errors);
            report.addProperty("warnings", problems.stream().filter(p -> p.severity().equals("warning")).count());
            JsonArray items = new JsonArray();
            for (ValidationProblem problem : problems) {
                JsonObject item = new JsonObject();
                item.addProperty("severity", problem.severity());
                item.addProperty("path", problem.path());
                item.addProperty("rule", problem.rule());
                item.addProperty("message", problem.message());
                items.add(item);
            }
            report.add("problems", items);
            out.print(JsonOutput.toJson(report));
        } else {
            for (ValidationProblem problem : problems) {
                out.println(problem.severity() + " " + problem.rule() + " " + problem.path() + ": "
                        + problem.message());
            }
            out.println(model + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", "
                    + (problems.size() - errors) + " warning" + (problems.size() - errors == 1 ? "" : "s"));
        }
        return errors > 0 ? FlowpilotCommand.VALIDATION_ERRORS : FlowpilotCommand.OK;
    }
}
