package org.flowpilot.diagram.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.flowpilot.diagram.CustomStepType;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.server.DiagramServer;
import org.flowpilot.diagram.ModelFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flowpilot serve MODEL.autopilot [--port N]}: the model's diagrams in any web browser on this machine. Prints
 * one line, the address with the session token; every edit is saved to the model file (and the layout beside it)
 * atomically as it is made. Ctrl+C stops the server.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the model's flow and assignment diagrams to a web browser on this machine.",
            "Prints the address to open (with a one-time session token); edits are saved to the model file",
            "as they are made, the layout to MODEL.autopilot.layout beside it. Ctrl+C stops the server."})
public class ServeCommand implements Callable<Integer> {

    /** Exit code of bad input or a usage error, as the other commands. */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.autopilot", description = "The model to show and edit.")
    private Path model;

    @Option(names = "--port", defaultValue = "0", paramLabel = "N",
            description = "The port on 127.0.0.1 (default: any free port).")
    private int port;

    private static final long SAVE_DELAY_MILLIS = 100;

    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Runs {@code flowpilot serve} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with {@code args}; returns when the server stops. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ServeCommand()).setCommandName("flowpilot serve");
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("flowpilot serve: internal error: " + exception);
            return BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("flowpilot serve: --port " + port + " is not a port (0 to 65535)");
            return BAD_INPUT;
        }
        DiagramModel diagramModel;
        try {
            diagramModel = ModelFiles.open(model, "model");
        } catch (IOException e) {
            err.println("flowpilot serve: cannot open " + e.getMessage());
            return BAD_INPUT;
        }
        DiagramServer server;
        try {
            server = DiagramServer.start(port, CustomStepType::installed, line -> err.println("flowpilot serve: " + line));
        } catch (IOException e) {
            err.println("flowpilot serve: " + e.getMessage());
            return BAD_INPUT;
        }
        ScheduledExecutorService saver = saveEveryEdit(diagramModel, err);
        server.register(diagramModel);
        server.allowSimulation(diagramModel);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            saver.shutdownNow();
            // An edit made just before Ctrl+C is written before the process ends.
            diagramModel.access().run(() -> saveIfNeeded(diagramModel, err));
            stopped.countDown();
        }, "flowpilot-serve-stop"));
        spec.commandLine().getOut().println(server.url());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    // A browser page has no Save button the user would think of: each change is written when it is made, a moment
    // later on a thread of its own, so a burst of edits is one write and the diagram does not wait for the disk.
    private ScheduledExecutorService saveEveryEdit(DiagramModel diagramModel, PrintWriter err) {
        ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "flowpilot-serve-save");
            thread.setDaemon(true);
            return thread;
        });
        AtomicReference<ScheduledFuture<?>> pending = new AtomicReference<>();
        diagramModel.editingDomain().getCommandStack().addCommandStackListener(event -> {
            ScheduledFuture<?> previous = pending.getAndSet(saver.schedule(
                    () -> diagramModel.access().run(() -> saveIfNeeded(diagramModel, err)), SAVE_DELAY_MILLIS,
                    TimeUnit.MILLISECONDS));
            if (previous != null) {
                previous.cancel(false);
            }
        });
        return saver;
    }

    private void saveIfNeeded(DiagramModel diagramModel, PrintWriter err) {
        BasicCommandStack stack = (BasicCommandStack) diagramModel.editingDomain().getCommandStack();
        if (!stack.isSaveNeeded()) {
            return;
        }
        try {
            diagramModel.save();
        } catch (IOException e) {
            err.println("flowpilot serve: cannot save " + model + ": " + e.getMessage()
                    + " (the edit is kept in memory; the next edit tries again)");
        }
    }
}
