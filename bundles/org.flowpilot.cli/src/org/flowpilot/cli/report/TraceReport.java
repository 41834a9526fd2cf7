package org.flowpilot.cli.report;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.engine.CommandLineId;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.model.query.EspSettings;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A run's trace as an aligned text table for people, or as the JSON contract for pipelines:
 * {@code {"outcome", "errorCode", "steps": [{"step", "kind", "screen", "shown", "buttons", "username", "espPhase",
 * "status", "reason", "clockMinutes"}]}}, plus added fields (such as {@code "espConfiguration": {"name",
 * "intuneDefault"}}, the Enrollment Status Page profile that applied).
 */
public final class TraceReport {

    private TraceReport() {
    }

    /** The outcome id of a finished run, or {@code running}. */
    public static String outcomeId(RunState state) {
        return state.outcome().map(CommandLineId::id).orElse("running");
    }

    /** The trace as JSON. */
    public static String json(Run run) {
        RunState state = run.state();
        JsonObject report = new JsonObject();
        report.addProperty("outcome", outcomeId(state));
        report.addProperty("errorCode", state.errorCode());
        report.addProperty("diagnostic", state.diagnostic());
        report.addProperty("flow", run.flow().getName());
        report.addProperty("clockMinutes", state.clockMinutes());
        JsonObject esp = new JsonObject();
        esp.addProperty("name", EspSettings.orIntuneDefault(run.scenario().esp()).getName());
        esp.addProperty("intuneDefault", run.scenario().esp() == null);
        report.add("espConfiguration", esp);
        JsonArray steps = new JsonArray();
        for (StepRecord record : run.trace()) {
            steps.add(step(record));
        }
        report.add("steps", steps);
        return JsonOutput.toJson(report);
    }

    private static JsonObject step(StepRecord record) {
        JsonObject step = new JsonObject();
        step.addProperty("step", record.step());
        step.addProperty("name", record.name());
        step.addProperty("kind", record.kind().id());
        step.addProperty("screen", record.screenId());
        step.addProperty("shown", record.shown());
        step.add("buttons", strings(record.buttons()));
        step.addProperty("username", record.username());
        step.addProperty("espPhase", id(record.espPhase()));
        step.addProperty("status", id(record.status()));
        step.addProperty("reason", record.reason());
        step.addProperty("clockMinutes", record.clockMinutes());
        step.addProperty("message", record.message());
        step.addProperty("errorCode", record.errorCode());
        JsonArray items = new JsonArray();
        for (TrackedItemRecord tracked : record.items()) {
            JsonObject item = new JsonObject();
            item.addProperty("name", tracked.name());
            item.addProperty("kind", tracked.kind());
            item.addProperty("minutes", tracked.minutes());
            item.addProperty("outcome", tracked.outcome().id());
            items.add(item);
        }
        step.add("items", items);
        return step;
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray(values.size());
        values.forEach(array::add);
        return array;
    }

    static String id(CommandLineId value) {
        return value == null ? null : value.id();
    }

    /** The trace as an aligned table, followed by the outcome. */
    public static String text(Run run) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "#", "MIN", "STEP", "SCREEN", "SHOWN", "STATUS", "BUTTONS", "USER", "REASON" });
        for (StepRecord record : run.trace()) {
            String screen = record.screenId() == null ? "-" : record.screenId()
                    + (record.espPhase() == null ? "" : " (" + record.espPhase().id() + ")");
            rows.add(new String[] { Integer.toString(record.step()), Integer.toString(record.clockMinutes()),
                    record.name(), screen, record.shown() ? "yes" : "no", record.status().id(),
                    record.buttons().isEmpty() ? "-" : String.join(" | ", record.buttons()),
                    record.username() == null ? "-" : record.username(), reasonWithDetails(record) });
        }
        StringBuilder out = new StringBuilder();
        Table.render(out, rows);
        RunState state = run.state();
        out.append("\nOutcome: ").append(outcomeId(state));
        if (state.errorCode() != null) {
            out.append(" (").append(state.errorCode()).append(')');
        }
        out.append(" after ").append(state.clockMinutes()).append(" min");
        if (state.diagnostic() != null) {
            out.append("\n").append(state.diagnostic());
        }
        return out.append('\n').toString();
    }

    private static String reasonWithDetails(StepRecord record) {
        StringBuilder reason = new StringBuilder(record.reason() == null ? "" : record.reason());
        for (TrackedItemRecord item : record.items()) {
            reason.append(" [").append(item.name()).append(": ").append(item.outcome().id()).append(", ")
                    .append(item.minutes()).append(" min]");
        }
        if (record.message() != null) {
            reason.append(" Message: ").append(record.message());
        }
        return reason.toString();
    }
}
