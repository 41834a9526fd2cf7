package org.flowpilot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.flowpilot.interop.ExportFormat;
import org.flowpilot.interop.ExportOptions;
import org.flowpilot.interop.GraphShape;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelExporter;
import org.flowpilot.interop.base.InteropException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flowpilot export MODEL.autopilot --format graph-json|csv|autopilot-config --out PATH}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a model as Microsoft Graph beta JSON (create bodies, current property names),",
            "Intune's hardware hash CSV, or AutopilotConfigurationFile.json. On any error nothing is written."})
class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.autopilot", description = "The model to export.")
    private Path model;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graph-json, csv or autopilot-config.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
    private Path out;

    @Option(names = "--graph-names", defaultValue = "current", paramLabel = "current|deprecated|both",
            description = "Graph property names: current (default), deprecated (language, outOfBoxExperienceSettings,"
                    + " extractHardwareHash, enableWhiteGlove) or both.")
    private String graphNames;

    @Option(names = "--include-read-only",
            description = "Write id, createdDateTime and lastModifiedDateTime (a full resource, not a create body).")
    private boolean includeReadOnly;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "autopilot-config: the profile to write, when the model has several.")
    private String profile;

    @Option(names = "--tenant-id", paramLabel = "GUID", description = "autopilot-config: CloudAssignedTenantId.")
    private String tenantId;

    @Option(names = "--tenant-domain", paramLabel = "DOMAIN",
            description = "autopilot-config: CloudAssignedTenantDomain, such as contoso.onmicrosoft.com.")
    private String tenantDomain;

    @Override
    public Integer call() {
        ExportFormat exportFormat = ExportFormat.byId(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Invalid value for option '--format': expected graph-json, csv or"
                        + " autopilot-config; found '" + format + "'"));
        GraphShape shape = switch (graphNames) {
            case "current" -> GraphShape.CURRENT;
            case "deprecated" -> GraphShape.DEPRECATED;
            case "both" -> GraphShape.BOTH;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option"
                    + " '--graph-names': expected current, deprecated or both; found '" + graphNames + "'");
        };
        try {
            ModelExporter.exportTo(ModelDocument.open(model), exportFormat,
                    new ExportOptions(shape, includeReadOnly, profile, tenantId, tenantDomain), out);
        } catch (InteropException e) {
            spec.commandLine().getErr().println("flowpilot export: " + e.getMessage());
            return FlowpilotCommand.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Exported " + model + " as " + exportFormat.id() + " to " + out);
        return FlowpilotCommand.OK;
    }
}
