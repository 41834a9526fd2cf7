package org.flowpilot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.flowpilot.cli.report.Deployment;
import org.flowpilot.cli.report.HtmlRunReport;
import org.flowpilot.cli.report.ScenarioFlags;
import org.flowpilot.cli.report.TraceReport;
import org.flowpilot.engine.FailureChoice;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.persistence.AtomicFiles;
import org.flowpilot.preview.ScreenPreviews;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flowpilot simulate}: runs one flow for one scenario and prints every step. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a flow for a scenario and show, step by step, what the technician or user sees and why.",
            "On a model (MODEL.autopilot --scenario NAME [--flow NAME]) or on Graph JSON (--profile-json FILE",
            "[--esp-json FILE]) with the standard flow of the profile's mode. Exit code 2 on bad input, and then",
            "nothing is written."})
class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL.autopilot", description = "The model to run.")
    private Path model;

    @Option(names = "--flow", description = "The model's flow to run (default: the scenario's, else the standard one).")
    private String flowName;

    @Option(names = "--scenario", description = "The model's scenario to run.")
    private String scenarioName;

    @ArgGroup(exclusive = false)
    private GraphFiles graph;

    @Option(names = "--deployment", description = {"user-driven, pre-provisioned or self-deploying (default: the"
        + " profile's mode; allowing pre-provisioning in the profile does not make a run pre-provisioned)."})
    private String deployment;

    @Option(names = "--phase", description = "Pre-provisioning: technician or user (default user; implies"
            + " --deployment pre-provisioned).")
    private String phase;

    @Option(names = "--windows", description = "10 or 11.")
    private String windows;

    @Option(names = "--network", description = "wired, wifi or none.")
    private String network;

    @Option(names = "--assigned-user", paramLabel = "UPN", description = "The user assigned to the device.")
    private String assignedUser;

    @Option(names = "--mfa", description = "The user is prompted for MFA.")
    private boolean mfa;

    @Option(names = "--fail", paramLabel = "ITEM", description = "A tracked item that fails (repeatable).")
    private List<String> fail;

    @Option(names = "--fail-once", paramLabel = "ITEM",
            description = "A tracked item that fails on its first install only, so Retry or Reset gets past it (repeatable).")
    private List<String> failOnce;

    @Option(names = "--on-failure", paramLabel = "CHOICE", split = ",",
            description = {"The buttons pressed on the failure pages met, in order (comma-separated or repeated):",
                "retry, reset, continue-anyway, collect-logs or stay. Default: stay at the first failure page."})
    private List<String> onFailure;

    @Option(names = "--inject", paramLabel = "FAILURE", split = ",",
            description = "Failures to inject: network-lost, dc-unreachable, esp-timeout, tpm-attestation.")
    private List<String> inject;

    @Option(names = "--format", defaultValue = "text",
            description = {"Output: ${COMPLETION-CANDIDATES}. html is a self-contained page with each step's screen",
                "as Windows 10 or 11 draws it; it loads nothing from outside the file."})
    private Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the output to FILE (replaced whole, never left half-written) instead of printing it.")
    private Path out;

    /** What simulate writes: text for people, JSON for pipelines, an HTML report with the screens. */
    enum Format {
        text, json, html
    }

    static final class GraphFiles {
        @Option(names = "--profile-json", required = true, paramLabel = "FILE",
                description = "A Graph deployment profile (beta JSON).")
        Path profile;

        @Option(names = "--esp-json", paramLabel = "FILE", description = "A Graph ESP configuration (beta JSON).")
        Path esp;
    }

    private final Supplier<FlowEngine> engines;

    SimulateCommand(Supplier<FlowEngine> engines) {
        this.engines = engines;
    }

    /** A flow checked and indexed for the engine, and the scenario to run it for. */
    private record Inputs(PreparedFlow flow, RunScenario scenario) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        FlowEngine engine = engines.get();
        Inputs inputs;
        try {
            ScenarioFlags flags = flags();
            inputs = model != null ? onModel(engine, flags) : onGraph(engine, flags);
        } catch (InteropException | IllegalArgumentException e) {
            err.println("flowpilot simulate: " + e.getMessage());
            return FlowpilotCommand.BAD_INPUT;
        }
        // Outside the bad-input handling on purpose: what goes wrong while running is Flowpilot's fault, not the file's.
        Run run = engine.simulate(inputs.flow(), inputs.scenario());
        // A listener's failure does not change the run; the person running it still hears about it.
        run.listenerFailures().forEach(failure -> err.println("flowpilot simulate: warning: " + failure.message()));
        String output = switch (format) {
            case text -> TraceReport.text(run);
            case json -> TraceReport.json(run);
            case html -> HtmlRunReport.html(run, scenarioName != null ? scenarioName : run.flow().getName(),
                    ScreenPreviews.standard());
        };
        if (out == null) {
            spec.commandLine().getOut().print(output);
            return FlowpilotCommand.OK;
        }
        try {
            AtomicFiles.write(out, output.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("flowpilot simulate: cannot write " + out + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return FlowpilotCommand.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + out + ": " + run.trace().size() + " steps, "
                + TraceReport.outcomeId(run.state()) + " after " + run.state().clockMinutes() + " min");
        return FlowpilotCommand.OK;
    }

    private ScenarioFlags flags() {
        return new ScenarioFlags(deployment == null ? null : Deployment.fromId(deployment),
                phase == null ? null : ScenarioFlags.technicianPhase(phase), windows == null ? null : ScenarioFlags.windows(windows),
                network == null ? null : Network.fromId(network), assignedUser, mfa, fail, failOnce,
                onFailure == null ? null : onFailure.stream().map(FailureChoice::fromId).toList(), inject);
    }

    private Inputs onModel(FlowEngine engine, ScenarioFlags flags) throws InteropException {
        if (graph != null) {
            throw new IllegalArgumentException("give either MODEL.autopilot or --profile-json, not both");
        }
        AutopilotModel loaded = SimulationInputs.model(model);
        RunScenario base;
        Flow flow = null;
        boolean technicianFlowDone = false;
        if (scenarioName != null) {
            Scenario scenario = SimulationInputs.named(loaded.getScenarios(), scenarioName, "scenario", model);
            base = Scenarios.of(scenario);
            flow = scenario.getFlow();
            technicianFlowDone = scenario.isTechnicianFlowDone();
        } else {
            base = SimulationInputs.defaults(loaded).build();
        }
        if (flowName != null) {
            flow = SimulationInputs.named(loaded.getFlows(), flowName, "flow", model);
        }
        if (flow == null) {
            if (base.profile() == null) {
                throw new InteropException(model + ": no --scenario or --flow given and no profile to pick a standard"
                        + " flow for");
            }
            flow = StandardFlows.of(flags.flowKind(base.profile(), technicianFlowDone));
        }
        return prepare(engine, flow, flags.applyTo(base), model);
    }

    private Inputs onGraph(FlowEngine engine, ScenarioFlags flags) throws InteropException {
        if (graph == null) {
            throw new IllegalArgumentException("give MODEL.autopilot or --profile-json FILE");
        }
        AutopilotModel imported = SimulationInputs.graph(graph.profile, graph.esp);
        RunScenario base = SimulationInputs.defaults(imported).build();
        return prepare(engine, StandardFlows.of(flags.flowKind(base.profile(), false)), flags.applyTo(base),
                graph.profile);
    }

    private static Inputs prepare(FlowEngine engine, Flow flow, RunScenario scenario, Path file)
            throws InteropException {
        try {
            return new Inputs(engine.prepare(flow), scenario);
        } catch (IllegalArgumentException e) {
            throw new InteropException(file + ": " + e.getMessage());
        }
    }
}
