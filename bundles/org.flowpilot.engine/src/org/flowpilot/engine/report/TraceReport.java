package org.flowpilot.engine.report;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.TrackedItemRecord;

/**
 * A run's trace as an aligned text table for people, or as the JSON contract for pipelines:
 * {@code {"outcome", "errorCode", "steps": [{"step", "kind", "screen", "shown", "buttons", "username", "espPhase",
 * "status", "reason", "clockMinutes"}]}}, plus added fields.
 */
public final class TraceReport {

    private TraceReport() {
    }

    /** The outcome id of a finished run, or {@code running}. */
    public static String outcomeId(RunState state) {
        return state.outcome().map(outcome -> outcome.id()).orElse("running");
    }

    /** The trace as JSON. */
    public static String json(Run run) {
        RunState state = run.state();
        StringBuilder out = new StringBuilder(256 + run.trace().size() * 256);
        out.append("{\n  ");
        Json.field(out, "outcome", outcomeId(state));
        out.append(",\n  ");
        Json.field(out, "errorCode", state.errorCode());
        out.append(",\n  ");
        Json.field(out, "diagnostic", state.diagnostic());
        out.append(",\n  ");
        Json.field(out, "flow", run.flow().getName());
        out.append(",\n  \"clockMinutes\": ").append(state.clockMinutes());
        out.append(",\n  \"steps\": [");
        List<StepRecord> trace = run.trace();
        for (int i = 0; i < trace.size(); i++) {
            StepRecord record = trace.get(i);
            out.append(i == 0 ? "\n    {" : ",\n    {");
            out.append("\"step\": ").append(record.step()).append(", ");
            Json.field(out, "name", record.name());
            out.append(", ");
            Json.field(out, "kind", record.kind().id());
            out.append(", ");
            Json.field(out, "screen", record.screenId());
            out.append(", \"shown\": ").append(record.shown()).append(", \"buttons\": ");
            Json.strings(out, record.buttons());
            out.append(", ");
            Json.field(out, "username", record.username());
            out.append(", ");
            Json.field(out, "espPhase", record.espPhase() == null ? null : record.espPhase().id());
            out.append(", ");
            Json.field(out, "status", record.status() == null ? null : record.status().id());
            out.append(", ");
            Json.field(out, "reason", record.reason());
            out.append(", \"clockMinutes\": ").append(record.clockMinutes()).append(", ");
            Json.field(out, "message", record.message());
            out.append(", ");
            Json.field(out, "errorCode", record.errorCode());
            out.append(", \"items\": [");
            for (int j = 0; j < record.items().size(); j++) {
                TrackedItemRecord item = record.items().get(j);
                out.append(j == 0 ? "{" : ", {");
                Json.field(out, "name", item.name());
                out.append(", ");
                Json.field(out, "kind", item.kind());
                out.append(", \"minutes\": ").append(item.minutes()).append(", ");
                Json.field(out, "outcome", item.outcome().id());
                out.append('}');
            }
            out.append("]}");
        }
        out.append(trace.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
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
