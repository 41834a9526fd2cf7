package org.flowpilot.cli.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.flowpilot.engine.Network;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.User;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.query.FleetAssignments;
import org.flowpilot.model.query.FlowKinds;

import com.google.gson.stream.JsonWriter;

/**
 * {@code explain --devices}: for every device of a model, the profile it gets by group assignment, its Windows
 * version and network, and what its user sees, in order, and where the run ends. Devices alike in everything a run
 * depends on share one simulated run, so a tenant's 100,000 devices take a few hundred runs at most.
 */
public final class DeviceExplain {

    /**
     * One device.
     *
     * @param device the device
     * @param profile the profile its groups give it, or null: then it gets no Autopilot experience
     * @param esp the Enrollment Status Page it shows, or null
     * @param run what the run with that profile shows and where it ends; null without a profile
     */
    public record DeviceRow(Device device, DeploymentProfile profile, EnrollmentStatusPage esp, Explain.Row run) {
    }

    // Everything a run of a device depends on; its user's name only changes what a screen shows, not which screens.
    private record RunInputs(DeploymentProfile profile, EnrollmentStatusPage esp, FlowKind flow, WindowsVersion windows,
            Network network, boolean userAssigned, boolean mfa, boolean onPremisesAccount, boolean tpm20,
            boolean virtualMachine) {
    }

    private DeviceExplain() {
    }

    /** The rows of {@code model}'s devices, in the model's order; {@code flows} gives the prepared standard flows. */
    public static List<DeviceRow> explain(FlowEngine engine, Function<FlowKind, PreparedFlow> flows,
            AutopilotModel model) {
        FleetAssignments assignments = FleetAssignments.of(model);
        Map<RunInputs, Explain.Row> runs = new HashMap<>();
        List<DeviceRow> rows = new ArrayList<>(model.getDevices().size());
        for (Device device : model.getDevices()) {
            DeploymentProfile profile = assignments.profileOf(device).orElse(null);
            if (profile == null) {
                rows.add(new DeviceRow(device, null, null, null));
                continue;
            }
            FlowKind kind = FlowKinds.defaultFor(profile);
            EnrollmentStatusPage esp = assignments.espOf(device, !FlowKinds.isSelfDeploying(kind)).orElse(null);
            User user = device.getAssignedUser();
            RunInputs inputs = new RunInputs(profile, esp, kind, device.getWindowsVersion(),
                    Scenarios.network(device.getConnectivity()), user != null, user != null && user.isMfaRequired(),
                    user != null && user.getOnPremisesAccount() != null, device.isTpm20(), device.isVirtualMachine());
            Explain.Row run = runs.computeIfAbsent(inputs, key -> {
                RunScenario scenario = RunScenario.builder().organizationName(model.getOrganizationName())
                        .profile(profile).esp(esp).windows(key.windows()).network(key.network())
                        .assignedUser(Scenarios.assignedUser(device)).mfa(key.mfa()).tpm20(key.tpm20())
                        .virtualMachine(key.virtualMachine()).build();
                PreparedFlow flow = flows.apply(kind);
                Explain.Case scenarioCase = new Explain.Case(key.windows(), key.network(), key.userAssigned(),
                        Deployment.of(kind), false);
                return Explain.row(scenarioCase, flow, engine.simulate(flow, scenario));
            });
            rows.add(new DeviceRow(device, profile, esp, run));
        }
        return rows;
    }

    /** The rows as an aligned table, then a line that counts the devices by where their runs end. */
    public static String text(List<DeviceRow> rows) {
        List<String[]> table = new ArrayList<>(rows.size() + 1);
        table.add(new String[] { "DEVICE", "SERIAL", "GROUP TAG", "PROFILE", "WINDOWS", "NETWORK", "USER", "OUTCOME",
            "MIN", "USER SEES" });
        for (DeviceRow row : rows) {
            Device device = row.device();
            Explain.Row run = row.run();
            String user = device.getAssignedUser() == null ? "none"
                    : orDash(device.getAssignedUser().getUserPrincipalName());
            String windows = device.getWindowsVersion() == WindowsVersion.WINDOWS10 ? "10" : "11";
            String network = Scenarios.network(device.getConnectivity()).id();
            if (run == null) {
                table.add(new String[] { orDash(device.getName()), orDash(device.getSerialNumber()),
                    orDash(device.getGroupTag()), "(none)", windows, network, user, "no-profile", "-",
                    "Windows setup without Autopilot: no profile is assigned to a group holding the device" });
            } else {
                String outcome = run.outcome().id() + (run.errorCode() == null ? "" : " " + run.errorCode());
                table.add(new String[] { orDash(device.getName()), orDash(device.getSerialNumber()),
                    orDash(device.getGroupTag()), orDash(row.profile().getName()), windows, network, user, outcome,
                    Integer.toString(run.clockMinutes()), String.join(" > ", run.screensWithPhases()) });
            }
        }
        StringBuilder out = new StringBuilder(rows.size() * 160);
        Table.render(out, table);
        return out.append('\n').append(summary(rows)).append('\n').toString();
    }

    /** Writes the rows as JSON to {@code out}, one object per device, then the counts. */
    public static void json(List<DeviceRow> rows, Writer destination) throws IOException {
        // Streamed, in large pieces: a Gson tree of 100,000 devices would cost a few hundred megabytes first, and
        // the writer's many small writes would each go through the console's locks and encoder.
        Writer out = new BufferedWriter(destination, 1 << 16);
        JsonWriter writer = JsonOutput.writer(out);
        writer.beginObject().name("devices").beginArray();
        for (DeviceRow row : rows) {
            Device device = row.device();
            Explain.Row run = row.run();
            writer.beginObject();
            writer.name("name").value(device.getName());
            writer.name("serialNumber").value(device.getSerialNumber());
            writer.name("groupTag").value(device.getGroupTag());
            writer.name("profile").value(row.profile() == null ? null : row.profile().getName());
            writer.name("esp").value(row.esp() == null ? null : row.esp().getName());
            writer.name("windows").value(device.getWindowsVersion() == WindowsVersion.WINDOWS10 ? 10 : 11);
            writer.name("network").value(Scenarios.network(device.getConnectivity()).id());
            writer.name("user").value(device.getAssignedUser() == null ? null
                    : device.getAssignedUser().getUserPrincipalName());
            writer.name("deployment").value(run == null ? null : run.scenario().deployment().id());
            writer.name("flow").value(run == null ? null : run.flow());
            writer.name("screens");
            if (run == null) {
                writer.nullValue();
            } else {
                writer.beginArray();
                for (String screen : run.screens()) {
                    writer.value(screen);
                }
                writer.endArray();
            }
            writer.name("outcome").value(run == null ? null : run.outcome().id());
            writer.name("errorCode").value(run == null ? null : run.errorCode());
            writer.name("clockMinutes");
            if (run == null) {
                writer.nullValue();
            } else {
                writer.value(run.clockMinutes());
            }
            writer.endObject();
        }
        writer.endArray();
        writer.name("summary").beginObject().name("devices").value(rows.size());
        writer.name("withoutProfile").value(rows.stream().filter(row -> row.run() == null).count());
        writer.name("outcomes").beginObject();
        for (Map.Entry<RunOutcome, Integer> count : outcomes(rows).entrySet()) {
            writer.name(count.getKey().id()).value(count.getValue());
        }
        writer.endObject().endObject().endObject();
        writer.flush();
        out.write('\n');
        out.flush();
    }

    private static Map<RunOutcome, Integer> outcomes(List<DeviceRow> rows) {
        Map<RunOutcome, Integer> counts = new EnumMap<>(RunOutcome.class);
        for (DeviceRow row : rows) {
            if (row.run() != null) {
                counts.merge(row.run().outcome(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String summary(List<DeviceRow> rows) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<RunOutcome, Integer> count : outcomes(rows).entrySet()) {
            parts.add(count.getValue() + " " + count.getKey().id());
        }
        long withoutProfile = rows.stream().filter(row -> row.run() == null).count();
        if (withoutProfile > 0) {
            parts.add(withoutProfile + " no-profile");
        }
        return rows.size() + " device" + (rows.size() == 1 ? "" : "s") + (parts.isEmpty() ? ""
                : ": " + String.join(", ", parts));
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
