package org.flowpilot.cli.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.User;
import org.flowpilot.model.WindowsVersion;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Which screens each person sees, in order, and where the run ends, for one profile across a scenario matrix:
 * Windows 10/11 × network × user assigned or not × deployment (pre-provisioning as its technician and user flows).
 */
public final class Explain {

    /**
     * One cell of the matrix.
     *
     * @param windows the Windows version
     * @param network the network
     * @param userAssigned whether a user is assigned to the device
     * @param deployment the deployment mode
     * @param technician for pre-provisioning, whether this is the technician flow (else the user flow)
     */
    public record Case(WindowsVersion windows, Network network, boolean userAssigned, Deployment deployment,
            boolean technician) {

        /** Who is in front of the device: {@code technician} or {@code user}. */
        public String person() {
            return technician ? "technician" : "user";
        }
    }

    /**
     * What one case gives.
     *
     * @param scenario the case
     * @param flow the name of the flow that ran
     * @param screens the ids of the screens shown, in order (an extension's own screens too)
     * @param espPhases for each screen, the ESP phase it shows, or null
     * @param outcome where the run ended
     * @param errorCode the error code, or null
     * @param clockMinutes the simulated minutes the run took
     */
    public record Row(Case scenario, String flow, List<String> screens, List<EspPhaseId> espPhases,
            RunOutcome outcome, String errorCode, int clockMinutes) {

        /** The screens for people: the ESP with the phase it shows, such as {@code esp(device-setup)}. */
        public List<String> screensWithPhases() {
            List<String> labels = new ArrayList<>(screens.size());
            for (int i = 0; i < screens.size(); i++) {
                EspPhaseId phase = espPhases.get(i);
                labels.add(phase == null ? screens.get(i) : screens.get(i) + "(" + phase.id() + ")");
            }
            return labels;
        }
    }

    /** The stand-in for the "user assigned" cases when no device of the model has an assigned user. */
    public static final String STAND_IN_USER = "assigned.user@contoso.com";

    private Explain() {
    }

    /** The user of the "user assigned" cases: the first user assigned to a device of {@code model}, or a stand-in. */
    public static AssignedUser assignedUserOf(AutopilotModel model) {
        for (Device device : model.getDevices()) {
            User user = device.getAssignedUser();
            if (user != null && user.getUserPrincipalName() != null) {
                return new AssignedUser(user.getUserPrincipalName(), user.getDisplayName(), user.getOnPremisesAccount());
            }
        }
        return AssignedUser.of(STAND_IN_USER);
    }

    /**
     * A deployment the matrix leaves out for a profile, because the documents say it cannot run with it.
     *
     * @param deployment the deployment
     * @param reason why, with its source
     */
    public record LeftOut(Deployment deployment, String reason) {
    }

    /** The full matrix: 2 Windows versions × 3 networks × user assigned or not × 4 flows = 48 cases. */
    public static List<Case> matrix() {
        return matrix(null);
    }

    /**
     * The matrix for {@code profile}: the full one without the deployments that cannot run with it (self-deploying
     * with a Microsoft Entra hybrid join profile); all of it for a null profile.
     */
    public static List<Case> matrix(DeploymentProfile profile) {
        List<Case> cases = new ArrayList<>();
        for (Deployment deployment : Deployment.values()) {
            if (deployment.unsupportedBy(profile).isPresent()) {
                continue;
            }
            for (boolean technician : deployment == Deployment.PRE_PROVISIONED ? new boolean[] { true, false }
                    : new boolean[] { false }) {
                for (WindowsVersion windows : List.of(WindowsVersion.WINDOWS10, WindowsVersion.WINDOWS11)) {
                    for (Network network : Network.values()) {
                        for (boolean assigned : new boolean[] { true, false }) {
                            cases.add(new Case(windows, network, assigned, deployment, technician));
                        }
                    }
                }
            }
        }
        return List.copyOf(cases);
    }

    /**
     * Runs every case: {@code base} carries the profile, ESP and device, {@code user} is the user assigned in the
     * cases that have one, and {@code flows} gives the prepared standard flow of each kind.
     */
    public static List<Row> explain(FlowEngine engine, Function<FlowKind, PreparedFlow> flows, RunScenario base,
            AssignedUser user, List<Case> cases) {
        List<Row> rows = new ArrayList<>(cases.size());
        for (Case scenario : cases) {
            PreparedFlow flow = flows.apply(scenario.deployment().flowKind(base.profile(), scenario.technician()));
            rows.add(row(scenario, flow, engine.simulate(flow, inputs(base, user, scenario))));
        }
        return rows;
    }

    /** Runs one case as {@link #explain} does, for a look at its records (the screen previews of a diff). */
    public static Run run(FlowEngine engine, Function<FlowKind, PreparedFlow> flows, RunScenario base,
            AssignedUser user, Case scenario) {
        return engine.simulate(flows.apply(scenario.deployment().flowKind(base.profile(), scenario.technician())),
                inputs(base, user, scenario));
    }

    private static RunScenario inputs(RunScenario base, AssignedUser user, Case scenario) {
        return base.toBuilder().windows(scenario.windows()).network(scenario.network())
                .assignedUser(scenario.userAssigned() ? user : null).build();
    }

    /** The deployments {@link #matrix(DeploymentProfile)} leaves out for {@code profile}, and why. */
    public static List<LeftOut> leftOut(DeploymentProfile profile) {
        List<LeftOut> left = new ArrayList<>();
        for (Deployment deployment : Deployment.values()) {
            deployment.unsupportedBy(profile).ifPresent(why -> left.add(new LeftOut(deployment, why)));
        }
        return List.copyOf(left);
    }

    /** What {@code run} of {@code flow} for {@code scenario} showed, in order, and where it ended. */
    static Row row(Case scenario, PreparedFlow flow, Run run) {
        List<String> screens = new ArrayList<>();
        // Not List.copyOf: most screens have no phase, and copyOf refuses nulls.
        List<EspPhaseId> phases = new ArrayList<>();
        for (StepRecord record : run.trace()) {
            if (record.shown() && record.screenId() != null) {
                screens.add(record.screenId());
                phases.add(record.espPhase());
            }
        }
        // The step budget ends every run, so a simulated run always has an outcome.
        return new Row(scenario, flow.flow().getName(), List.copyOf(screens), Collections.unmodifiableList(phases),
                run.state().outcome().orElseThrow(), run.state().errorCode(), run.state().clockMinutes());
    }

    /** The rows as an aligned table. */
    public static String text(List<Row> rows) {
        return text(rows, null, List.of());
    }

    /**
     * The rows as an aligned table; the deployment {@code profile} follows by default is marked {@code *}, and the
     * deployments left out are listed after the table with the reason.
     */
    public static String text(List<Row> rows, DeploymentProfile profile, List<LeftOut> leftOut) {
        Deployment byDefault = profile == null ? null : Deployment.defaultFor(profile);
        List<String[]> table = new ArrayList<>();
        table.add(new String[] { "WINDOWS", "NETWORK", "USER", "DEPLOYMENT", "PERSON", "OUTCOME", "MIN", "SCREENS" });
        for (Row row : rows) {
            Case scenario = row.scenario();
            table.add(new String[] { windows(scenario), scenario.network().id(), user(scenario),
                    scenario.deployment().id() + (scenario.deployment() == byDefault ? "*" : ""),
                    scenario.person(), outcome(row), Integer.toString(row.clockMinutes()), screens(row) });
        }
        StringBuilder out = new StringBuilder();
        Table.render(out, table);
        if (byDefault != null) {
            out.append("* the profile's deployment mode: what a device does unless a technician pre-provisions it.\n");
        }
        for (LeftOut left : leftOut) {
            out.append("Left out: ").append(left.deployment().id()).append(": ").append(left.reason()).append('\n');
        }
        return out.toString();
    }

    /**
     * The rows as a Markdown table, for a pull-request comment or a wiki page; as in the text, the deployment
     * {@code profile} follows by default is marked {@code *} and the deployments left out are listed below.
     */
    public static String markdown(List<Row> rows, DeploymentProfile profile, List<LeftOut> leftOut) {
        Deployment byDefault = profile == null ? null : Deployment.defaultFor(profile);
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Case scenario = row.scenario();
            cells.add(List.of(windows(scenario), scenario.network().id(), user(scenario),
                    scenario.deployment().id() + (scenario.deployment() == byDefault ? "\\*" : ""),
                    scenario.person(), Markdown.cell(outcome(row)), Integer.toString(row.clockMinutes()),
                    Markdown.code(screens(row))));
        }
        StringBuilder out = new StringBuilder();
        Markdown.table(out, List.of("Windows", "Network", "User", "Deployment", "Person", "Outcome", "Minutes",
                "Screens"), cells);
        if (byDefault != null) {
            out.append("\n\\* the profile's deployment mode: what a device does unless a technician pre-provisions"
                    + " it.\n");
        }
        for (LeftOut left : leftOut) {
            out.append("\nLeft out: ").append(left.deployment().id()).append(": ")
                    .append(Markdown.cell(left.reason())).append('\n');
        }
        return out.toString();
    }

    /** The Windows version as the tables show it: {@code 10} or {@code 11}. */
    public static String windows(Case scenario) {
        return scenario.windows() == WindowsVersion.WINDOWS10 ? "10" : "11";
    }

    /** Whether a user is assigned, as the tables show it: {@code assigned} or {@code none}. */
    public static String user(Case scenario) {
        return scenario.userAssigned() ? "assigned" : "none";
    }

    /** The outcome with its error code, such as {@code completed} or {@code failed 0x80180005}. */
    public static String outcome(Row row) {
        return row.outcome().id() + (row.errorCode() == null ? "" : " " + row.errorCode());
    }

    /** The screens shown, in order, such as {@code language > keyboard > esp(device-setup)}. */
    public static String screens(Row row) {
        return String.join(" > ", row.screensWithPhases());
    }

    /** The rows as JSON: {@code {"rows": [{"windows", "network", "userAssigned", "deployment", "person", ...}]}}. */
    public static String json(List<Row> rows) {
        return json(rows, null, List.of());
    }

    /**
     * The rows as JSON, each saying whether its deployment is {@code profile}'s default ({@code "profileDefault"}),
     * and the deployments left out: {@code {"rows": [...], "leftOut": [{"deployment", "reason"}]}}.
     */
    public static String json(List<Row> rows, DeploymentProfile profile, List<LeftOut> leftOut) {
        Deployment byDefault = profile == null ? null : Deployment.defaultFor(profile);
        JsonArray array = new JsonArray(rows.size());
        for (Row row : rows) {
            Case scenario = row.scenario();
            JsonObject item = new JsonObject();
            item.addProperty("windows", scenario.windows() == WindowsVersion.WINDOWS10 ? 10 : 11);
            item.addProperty("network", scenario.network().id());
            item.addProperty("userAssigned", scenario.userAssigned());
            item.addProperty("deployment", scenario.deployment().id());
            item.addProperty("person", scenario.person());
            item.addProperty("profileDefault", scenario.deployment() == byDefault);
            item.addProperty("flow", row.flow());
            item.add("screens", TraceReport.strings(row.screens()));
            item.addProperty("outcome", row.outcome().id());
            item.addProperty("errorCode", row.errorCode());
            item.addProperty("clockMinutes", row.clockMinutes());
            array.add(item);
        }
        JsonObject report = new JsonObject();
        report.add("rows", array);
        JsonArray left = new JsonArray(leftOut.size());
        for (LeftOut deployment : leftOut) {
            JsonObject item = new JsonObject();
            item.addProperty("deployment", deployment.deployment().id());
            item.addProperty("reason", deployment.reason());
            left.add(item);
        }
        report.add("leftOut", left);
        return JsonOutput.toJson(report);
    }
}
