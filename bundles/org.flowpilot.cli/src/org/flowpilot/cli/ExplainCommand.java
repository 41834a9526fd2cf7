package org.flowpilot.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.flowpilot.cli.diff.ConfigurationInput;
import org.flowpilot.cli.diff.EspChoice;
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
        RunScenario scenario = base.build();
        DeploymentProfile profile = scenario.profile();
        if (profile == null) {
            spec.commandLine().getErr().println("flowpilot explain: " + model + ": has no deployment profile");
            return FlowpilotCommand.BAD_INPUT;
        }
        FlowEngine engine = engines.get();
        Map<FlowKind, PreparedFlow> flows = new EnumMap<>(FlowKind.class);
        List<Explain.Row> rows = Explain.explain(engine,
                kind -> flows.computeIfAbsent(kind, k -> engine.prepare(StandardFlows.of(k))), scenario,
                SimulationInputs.someAssignedUser(loaded), Explain.matrix(profile));
        List<Explain.LeftOut> leftOut = Explain.leftOut(profile);
        spec.commandLine().getOut().print(switch (format) {
            case json -> Explain.json(rows, profile, leftOut);
            case markdown -> Explain.markdown(rows, profile, leftOut);
            case text -> Explain.text(rows, profile, leftOut);
        });
        return FlowpilotCommand.OK;
    }
}
