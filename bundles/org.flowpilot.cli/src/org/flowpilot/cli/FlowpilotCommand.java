package org.flowpilot.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

import org.flowpilot.engine.runtime.FlowEngine;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code flowpilot}, the headless commands. Exit codes: 0 success, 1 validation errors (for {@code diff}: a person
 * sees a difference), 2 bad input or usage (one line naming the file and line or field), 3 an internal error (one
 * line saying so and where the stack trace is).
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
    /** Exit code of an internal error: Flowpilot's fault, not the input's. */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The command line with every subcommand registered, writing to {@code out} and {@code err}. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, FlowEngine::withInstalledExtensions);
    }

    /**
     * The command line whose simulate and explain run on the engines {@code engines} makes: by default those with
     * the extensions installed in this runtime (the service registry inside OSGi, {@code META-INF/services} on the
     * class path of a plain JVM), or a test's.
     */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err, Supplier<FlowEngine> engines) {
        CommandLine commandLine = new CommandLine(new FlowpilotCommand());
        commandLine.addSubcommand(new ImportCommand());
        commandLine.addSubcommand(new ExportCommand());
        commandLine.addSubcommand(new ValidateCommand());
        commandLine.addSubcommand(new SimulateCommand(engines));
        commandLine.addSubcommand(new ExplainCommand(engines));
        commandLine.addSubcommand(new DiffCommand(engines));
        commandLine.setOut(out);
        commandLine.setErr(err);
        // Bad input is reported by the commands with exit code 2; anything else that escapes is Flowpilot's fault.
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println(failed.getCommandName() + ": internal error (" + InternalErrors.summary(exception)
                    + "); " + InternalErrors.writeStackTrace(exception));
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    /** Runs {@code args} and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, FlowEngine::withInstalledExtensions);
    }

    /** Runs {@code args} on the engines {@code engines} makes and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<FlowEngine> engines) {
        int exitCode = newCommandLine(out, err, engines).execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: import, export, validate, simulate, explain or diff");
    }
}
