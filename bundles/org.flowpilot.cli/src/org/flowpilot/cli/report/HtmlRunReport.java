package org.flowpilot.cli.report;

import java.util.List;

import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.TrackedItemRecord;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.ScreenPreviews;
import org.flowpilot.preview.html.HtmlWriter;
import org.flowpilot.preview.spi.PreviewContext;

/**
 * A run as one self-contained HTML page: the scenario, then every step in order with the screen the person saw (as
 * the screen preview draws it), why the step ran or was skipped, its status, the simulated clock and the tracked
 * items. Inline CSS and SVG only; a content security policy forbids every request, so the page opens from a file and
 * shows the same offline. Markup contract: each step is a {@code <section class="step" data-step="N"
 * data-status="ran|skipped|failed|timed-out">} holding the screen's {@code <section class="screen">} when it had one.
 */
public final class HtmlRunReport {

    private static final String STYLE = """
            :root { color-scheme: light; }
            body.run-report { margin: 0; background: #f4f5f7; color: #1f2328;
              font: 15px/1.45 "Segoe UI", "Noto Sans", "Open Sans", "DejaVu Sans", system-ui, sans-serif; }
            .run-report a { color: #0b5cad; }
            .report-header { background: #1f2937; color: #f9fafb; padding: 28px 40px 24px; }
            .report-header .kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px;
              color: #9ca3af; }
            .report-header h1 { margin: 4px 0 14px; font-size: 28px; font-weight: 600; }
            .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 8px 24px;
              margin: 0; }
            .facts div { min-width: 0; }
            .facts dt { font-size: 12px; color: #9ca3af; }
            .facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
            .outcome { display: inline-block; padding: 1px 10px; border-radius: 10px; background: #374151; }
            .outcome[data-outcome="desktop"], .outcome[data-outcome="resealed"],
            .outcome[data-outcome="sign-on-screen"] { background: #166534; }
            .outcome[data-outcome="failed"], .outcome[data-outcome="blocked"] { background: #991b1b; }
            .diagnostic { margin: 14px 0 0; color: #fecaca; }
            main.steps { max-width: 1280px; margin: 0 auto; padding: 24px 40px 48px; }
            .overview { margin: 0 0 24px; padding: 16px 20px; background: #fff; border: 1px solid #d0d7de;
              border-radius: 8px; }
            .overview h2 { margin: 0 0 8px; font-size: 16px; }
            .overview ol { margin: 0; padding-left: 22px; columns: 2 320px; }
            .overview li[data-status="skipped"] a { color: #6b7280; }
            .not-shown { margin-top: 12px; }
            .not-shown ul { margin: 4px 0 0; padding-left: 20px; }
            section.step { display: grid; grid-template-columns: minmax(260px, 1fr) minmax(0, 640px); gap: 20px 28px;
              margin: 0 0 18px; padding: 18px 20px; background: #fff; border: 1px solid #d0d7de;
              border-left: 6px solid #2563eb; border-radius: 8px; break-inside: avoid; }
            section.step.no-screen { grid-template-columns: 1fr; }
            section.step[data-status="skipped"] { border-left-color: #9ca3af; background: #fafafa; }
            section.step[data-status="failed"], section.step[data-status="timed-out"] { border-left-color: #dc2626; }
            .step-header { display: flex; align-items: baseline; flex-wrap: wrap; gap: 6px 12px; }
            .step-header h2 { margin: 0; font-size: 18px; }
            .step-number { color: #6b7280; font-variant-numeric: tabular-nums; }
            .badge { font-size: 12px; padding: 1px 8px; border-radius: 9px; background: #dbeafe; color: #1e3a8a; }
            .badge[data-status="skipped"] { background: #e5e7eb; color: #374151; }
            .badge[data-status="failed"], .badge[data-status="timed-out"] { background: #fee2e2; color: #991b1b; }
            .clock { color: #6b7280; font-size: 13px; }
            .reason { margin: 8px 0 0; }
            .step-message, .step-error { margin: 8px 0 0; }
            .step-error code { background: #fee2e2; padding: 0 4px; border-radius: 3px; }
            table.items { margin-top: 10px; border-collapse: collapse; font-size: 13px; width: 100%; }
            table.items th, table.items td { text-align: left; padding: 3px 8px 3px 0; border-bottom: 1px solid #eaeef2; }
            table.items th { color: #6b7280; font-weight: 600; }
            table.items td.minutes { text-align: right; font-variant-numeric: tabular-nums; }
            .step .screen-frame { align-self: start; border-radius: 6px; overflow: hidden;
              box-shadow: 0 1px 4px rgba(0, 0, 0, .25); }
            footer { max-width: 1280px; margin: 0 auto; padding: 0 40px 32px; color: #6b7280; font-size: 12px; }
            @media (max-width: 900px) { section.step { grid-template-columns: 1fr; } }
            @media print { body.run-report { background: #fff; } .report-header { color: #000; background: #fff; }
              section.step { border: 1px solid #999; } }
            """;

    private HtmlRunReport() {
    }

    /** The report of {@code run}, titled {@code title} (the scenario's name, or the flow's). */
    public static String html(Run run, String title, ScreenPreviews previews) {
        List<StepRecord> trace = run.trace();
        HtmlWriter html = new HtmlWriter(64_000 + trace.size() * 24_000);
        html.raw("<!DOCTYPE html>").open("html", "lang", "en").open("head").empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.empty("meta", "http-equiv", "Content-Security-Policy", "content",
                "default-src 'none'; style-src 'unsafe-inline'");
        html.element("title", "Flowpilot run: " + title);
        html.open("style").raw(STYLE).raw(ScreenPreviews.stylesheet()).close("style").close("head");
        html.open("body", "class", "run-report");
        header(html, run, title);
        html.open("main", "class", "steps");
        overview(html, trace);
        for (StepRecord record : trace) {
            step(html, run, record, previews);
        }
        html.close("main");
        html.open("footer").text("Simulated by Flowpilot. Screens are drawn in the spirit of Windows "
                + (run.scenario().windows() == WindowsVersion.WINDOWS10 ? "10" : "11")
                + "; clock minutes come from the modeled durations and named assumptions.").close("footer");
        return html.close("body").close("html").toString();
    }

    private static void header(HtmlWriter html, Run run, String title) {
        RunScenario scenario = run.scenario();
        RunState state = run.state();
        String outcome = TraceReport.outcomeId(state);
        html.open("header", "class", "report-header");
        html.element("p", "Flowpilot run report", "class", "kicker").element("h1", title);
        html.open("dl", "class", "facts");
        fact(html, "Flow", run.flow().getName());
        fact(html, "Windows", scenario.windows() == WindowsVersion.WINDOWS10 ? "Windows 10" : "Windows 11");
        fact(html, "Network", scenario.network().id());
        AssignedUser user = scenario.assignedUser();
        fact(html, "Assigned user", user == null ? "none" : user.userPrincipalName());
        fact(html, "Deployment profile", scenario.profile() == null ? "none modeled" : scenario.profile().getName());
        fact(html, "Enrollment Status Page", scenario.esp() == null ? "default" : scenario.esp().getName());
        html.open("div").element("dt", "Outcome").open("dd").element("span", outcome + " after "
                + state.clockMinutes() + " min" + (state.errorCode() == null ? "" : " (" + state.errorCode() + ")"),
                "class", "outcome", "data-outcome", outcome).close("dd").close("div");
        html.close("dl");
        if (state.diagnostic() != null) {
            html.element("p", state.diagnostic(), "class", "diagnostic");
        }
        html.close("header");
    }

    private static void fact(HtmlWriter html, String label, String value) {
        html.open("div").element("dt", label).element("dd", value == null ? "" : value).close("div");
    }

    /** The steps in order, linked to their sections, and the screens the person did not see, with why. */
    private static void overview(HtmlWriter html, List<StepRecord> trace) {
        html.open("nav", "class", "overview", "aria-label", "Steps");
        html.element("h2", trace.size() + " steps");
        html.open("ol");
        for (StepRecord record : trace) {
            html.open("li", "data-status", record.status().id()).element("a", record.name(), "href",
                    "#step-" + record.step()).close("li");
        }
        html.close("ol");
        List<StepRecord> notShown = trace.stream().filter(r -> r.screenId() != null && !r.shown()).toList();
        if (!notShown.isEmpty()) {
            html.open("div", "class", "not-shown").element("h2", "Screens not shown").open("ul");
            for (StepRecord record : notShown) {
                html.open("li").element("a", record.step() + ". " + record.name(), "href", "#step-" + record.step())
                        .text(": " + record.reason()).close("li");
            }
            html.close("ul").close("div");
        }
        html.close("nav");
    }

    private static void step(HtmlWriter html, Run run, StepRecord record, ScreenPreviews previews) {
        String screen = previews.section(record, PreviewContext.of(run, record)).orElse(null);
        html.open("section", "class", screen == null ? "step no-screen" : "step", "id", "step-" + record.step(),
                "data-step", Integer.toString(record.step()), "data-status", record.status().id(), "data-kind",
                record.kind().id(), "aria-label", record.step() + ". " + record.name());
        html.open("div", "class", "step-text");
        html.open("div", "class", "step-header");
        html.element("span", Integer.toString(record.step()), "class", "step-number");
        html.element("h2", record.name());
        html.element("span", record.status().id(), "class", "badge", "data-status", record.status().id());
        html.element("span", "at " + record.clockMinutes() + " min", "class", "clock");
        html.close("div");
        if (record.reason() != null) {
            html.element("p", record.reason(), "class", "reason");
        }
        if (record.message() != null && record.status() != StepStatus.RAN) {
            html.element("p", "Message: " + record.message(), "class", "step-message");
        }
        if (record.errorCode() != null) {
            html.open("p", "class", "step-error").text("Error code ").element("code", record.errorCode()).close("p");
        }
        items(html, record.items());
        html.close("div");
        if (screen != null) {
            html.open("div", "class", "screen-frame").raw(screen).close("div");
        }
        html.close("section");
    }

    private static void items(HtmlWriter html, List<TrackedItemRecord> items) {
        if (items.isEmpty()) {
            return;
        }
        html.open("table", "class", "items").open("thead").open("tr").element("th", "Tracked item").element("th", "Kind")
                .element("th", "Outcome").element("th", "Minutes").close("tr").close("thead").open("tbody");
        for (TrackedItemRecord item : items) {
            html.open("tr", "data-outcome", item.outcome().id()).element("td", item.name()).element("td", item.kind())
                    .element("td", item.outcome().id()).element("td", Integer.toString(item.minutes()), "class",
                            "minutes").close("tr");
        }
        html.close("tbody").close("table");
    }
}
