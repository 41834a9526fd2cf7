package org.flowpilot.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code flowpilot}, the headless commands. Exit codes: 0 success, 1 validation errors, 2 bad input or usage.
 */
@Command(name = "flowpilot", mixinStandardHelpOptions = true, version = "Flowpilot 0.1.0",
        description = "Model, check and exchange Windows Autopilot deployments without the workbench.")
public class FlowpilotCommand implements Runnable {

    /** Exit code of a successful run. */
    public static final int OK = 0;
    /** Exit code when the model has validation errors. */
    public static final int VALIDATION_ERRORS = 1;
    /** Exit code of bad input or a usage error. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The command line with every subcommand registered, writing to {@code out} and {@code err}. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new FlowpilotCommand());
        commandLine.addSubcommand(new ImportCommand());
        commandLine.addSubcommand(new ExportCommand());
        commandLine.addSubcommand(new ValidateCommand());
        commandLine.addSubcommand(new SimulateCommand());
        commandLine.addSubcommand(new ExplainCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            // Bad input is reported by the commands; anything else still gets one line, not a stack trace.
            failed.getErr().println(failed.getCommandName() + ": internal error: " + exception);
            return BAD_INPUT;
        });
        return commandLine;
    }

    /** Runs {@code args} and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int exitCode = newCommandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: import, export, validate, simulate or explain");
    }
}
