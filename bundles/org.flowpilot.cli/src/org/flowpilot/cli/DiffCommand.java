package org.flowpilot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.flowpilot.cli.diff.ConfigurationInput;
import org.flowpilot.cli.diff.DiffReport;
import org.flowpilot.cli.diff.ModelDiff;
import org.flowpilot.cli.diff.ModelDifference;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flowpilot diff BEFORE AFTER}: what people at the device see differently after a change. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two configurations by what people see: for each deployment profile in both (by"
            + " name), run explain's scenario matrix on both sides and list the scenarios whose screens, outcome or"
            + " minutes changed, before and after, with the settings behind them. BEFORE and AFTER are each a model"
            + " (.autopilot), a Graph JSON or YAML file, or a backup folder (IntuneCD's layout).", "",
            "Exit codes: 0 nothing a person sees changes, 1 something does, 2 bad input."})
class DiffCommand implements Callable<Integer> {

    /** Exit code when a person sees a difference. */
    static final int DIFFERENT = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The configuration before the change.")
    private Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The configuration after the change.")
    private Path after;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}.")
    private ReportFormat format;

    @Option(names = "--verbose", description = "Also print the import warnings of both sides (unknown properties).")
    private boolean verbose;

    private final Supplier<FlowEngine> engines;

    DiffCommand(Supplier<FlowEngine> engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        AutopilotModel modelBefore;
        AutopilotModel modelAfter;
        Warnings warnings = new Warnings();
        try {
            modelBefore = ConfigurationInput.load(before, warnings);
            modelAfter = ConfigurationInput.load(after, warnings);
        } catch (InteropException e) {
            spec.commandLine().getErr().println("flowpilot diff: " + e.getMessage());
            return FlowpilotCommand.BAD_INPUT;
        }
        if (verbose) {
            warnings.messages().forEach(spec.commandLine().getErr()::println);
        }
        ModelDifference difference = ModelDiff.compare(engines.get(), modelBefore, modelAfter);
        spec.commandLine().getOut().print(switch (format) {
            case json -> DiffReport.json(difference);
            case markdown -> DiffReport.markdown(difference);
            case text -> DiffReport.text(difference);
        });
        return difference.visible() ? DIFFERENT : FlowpilotCommand.OK;
    }
}
