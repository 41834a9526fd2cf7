package org.flowpilot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import org.flowpilot.cli.diff.ConfigurationInput;
import org.flowpilot.cli.diff.EspChoice;
import org.flowpilot.cli.report.DeviceExplain;
import org.flowpilot.cli.report.Explain;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowKind;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flowpilot explain}: which screens each person sees, across the scenario matrix. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"For a profile (from a model, a Graph JSON or YAML file, or a backup folder), run the"
            + " standard flows across Windows 10/11 x network x user assigned or not x deployment, with the ESP the"
            + " profile's devices get, and list the screens each person sees and where it ends. The profile's own"
            + " deployment mode is marked; deployments the profile cannot run are left out, with why."})
class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL|FILE|FOLDER",
            description = "The model, Graph file or backup folder to explain.")
    private Path model;

    @Option(names = "--profile", description = "The model's deployment profile (default: its first).")
    private String profileName;

    @ArgGroup(exclusive = false)
    private SimulateCommand.GraphFiles graph;

    @Option(names = "--devices", description = {"Instead of the matrix, one row per device of the model: the profile",
        "it gets by group assignment, its Windows version and network, what its user sees and where it ends."})
    private boolean devices;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}.")
    private ReportFormat format;

    private final Supplier<FlowEngine> engines;

    ExplainCommand(Supplier<FlowEngine> engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        AutopilotModel loaded;
        RunScenario.Builder base;
        try {
            if ((model == null) == (graph == null)) {
                throw new InteropException("give either MODEL|FILE|FOLDER or --profile-json FILE");
            }
            if (devices && (model == null || profileName != null)) {
                throw new InteropException("--devices explains the devices of MODEL.autopilot, each with the profile"
                        + " its groups give it: give the model, without --profile");
            }
            if (devices && format == ReportFormat.markdown) {
                throw new InteropException("--devices writes text or json, not markdown");
            }
            loaded = model != null ? ConfigurationInput.load(model, new Warnings())
                    : SimulationInputs.graph(graph.profile, graph.esp);
            base = SimulationInputs.defaults(loaded);
            if (profileName != null) {
                base.profile(SimulationInputs.named(loaded.getProfiles(), profileName, "profile", model));
            }
            DeploymentProfile chosen = base.build().profile();
            if (model != null && chosen != null) {
                base.esp(EspChoice.forProfile(loaded, chosen).orElse(null));
            }
        } catch (InteropException e) {
            spec.commandLine().getErr().println("flowpilot explain: " + e.getMessage());
            return FlowpilotCommand.BAD_INPUT;
        }
        if (devices) {
            return explainDevices(loaded);
        }
        RunScenario scenario = base.build();
        DeploymentProfile profile = scenario.profile();
        if (profile == null) {
            spec.commandLine().getErr().println("flowpilot explain: " + model + ": has no deployment profile");
            return FlowpilotCommand.BAD_INPUT;
        }
        FlowEngine engine = engines.get();
        List<Explain.Row> rows = Explain.explain(engine, standardFlows(engine), scenario,
                SimulationInputs.someAssignedUser(loaded), Explain.matrix(profile));
        List<Explain.LeftOut> leftOut = Explain.leftOut(profile);
        spec.commandLine().getOut().print(switch (format) {
            case json -> Explain.json(rows, profile, leftOut);
            case markdown -> Explain.markdown(rows, profile, leftOut);
            case text -> Explain.text(rows, profile, leftOut);
        });
        return FlowpilotCommand.OK;
    }

    private int explainDevices(AutopilotModel loaded) {
        FlowEngine engine = engines.get();
        List<DeviceExplain.DeviceRow> rows = DeviceExplain.explain(engine, standardFlows(engine), loaded);
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.json) {
            try {
                DeviceExplain.json(rows, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            out.print(DeviceExplain.text(rows));
        }
        return FlowpilotCommand.OK;
    }

    // Each standard flow prepared once, when first asked for.
    private static Function<FlowKind, PreparedFlow> standardFlows(FlowEngine engine) {
        Map<FlowKind, PreparedFlow> flows = new EnumMap<>(FlowKind.class);
        return kind -> flows.computeIfAbsent(kind, k -> engine.prepare(StandardFlows.of(k)));
    }
}
