package org.flowpilot.cli.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flowpilot.cli.report.Explain;
import org.flowpilot.cli.report.JsonOutput;
import org.flowpilot.cli.report.Markdown;
import org.flowpilot.cli.report.Table;
import org.flowpilot.interop.compare.ConfigurationChange;
import org.flowpilot.interop.compare.ConfigurationChange.Presence;
import org.flowpilot.interop.compare.SettingChange;
import org.flowpilot.model.WindowsVersion;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** A {@link ModelDifference} as text for people, Markdown for a pull-request comment, or JSON for pipelines. */
public final class DiffReport {

    private static final String ARROW = " \u2192 ";

    private DiffReport() {
    }

    /**
     * Per profile: what changed and why, then a table of the changed scenarios: how each ended before and after,
     * side by side, and both screen sequences merged into one with what only one of them shows marked.
     */
    public static String text(ModelDifference difference) {
        StringBuilder out = new StringBuilder();
        for (ProfileDifference profile : difference.profiles()) {
            out.append(headline(profile, "'", "'")).append('\n');
            for (Cause cause : profile.causes()) {
                out.append("  because ").append(cause.describe()).append('\n');
            }
            if (!profile.changes().isEmpty()) {
                List<String[]> table = new ArrayList<>();
                table.add(new String[] {"  WINDOWS", "NETWORK", "USER", "DEPLOYMENT", "PERSON", "BEFORE", "AFTER",
                    "SCREENS (-before only, +after only)"});
                for (ScenarioChange change : profile.changes()) {
                    Explain.Case scenario = change.scenario();
                    table.add(new String[] {"  " + Explain.windows(scenario), scenario.network().id(),
                            Explain.user(scenario), scenario.deployment().id(), scenario.person(),
                            ending(change.before()), ending(change.after()),
                            String.join(" > ", change.mergedScreens())});
                }
                Table.render(out, table);
            }
            out.append('\n');
        }
        if (!difference.unseen().isEmpty()) {
            out.append("Settings changed that no one sees:\n");
            for (ConfigurationChange change : difference.unseen()) {
                for (String line : lines(change)) {
                    out.append("  ").append(line).append('\n');
                }
            }
            out.append('\n');
        }
        out.append(summary(difference)).append('\n');
        return out.toString();
    }

    /** The same as a Markdown comment: a heading per profile, its causes as a list, its scenarios as a table. */
    public static String markdown(ModelDifference difference) {
        StringBuilder out = new StringBuilder();
        out.append("**Flowpilot diff:** ").append(Markdown.cell(summary(difference))).append("\n\n");
        for (ProfileDifference profile : difference.profiles()) {
            out.append("#### ").append(headlineMarkdown(profile)).append("\n\n");
            if (!profile.causes().isEmpty()) {
                out.append("Caused by:\n\n");
                for (Cause cause : profile.causes()) {
                    out.append("- ").append(Markdown.cell(cause.describe())).append('\n');
                }
                out.append('\n');
            }
            if (!profile.changes().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (ScenarioChange change : profile.changes()) {
                    Explain.Case scenario = change.scenario();
                    rows.add(List.of(Explain.windows(scenario), scenario.network().id(), Explain.user(scenario),
                            scenario.deployment().id(), scenario.person(), Markdown.cell(change.summary()),
                            seenMarkdown(change.before()), seenMarkdown(change.after())));
                }
                Markdown.table(out, List.of("Windows", "Network", "User", "Deployment", "Person", "Change", "Before",
                        "After"), rows);
                out.append('\n');
            }
        }
        if (!difference.unseen().isEmpty()) {
            out.append("#### Settings changed that no one sees\n\n");
            for (ConfigurationChange change : difference.unseen()) {
                for (String line : lines(change)) {
                    out.append("- ").append(Markdown.cell(line)).append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The same for pipelines: {@code changed}, then per profile its presence, ESPs, causes (with stable setting ids)
     * and changed rows with {@code before} and {@code after} as explain's JSON gives them (null where the scenario
     * does not happen), then the unseen changes.
     */
    public static String json(ModelDifference difference) {
        JsonObject report = new JsonObject();
        report.addProperty("changed", difference.visible());
        report.addProperty("profilesCompared", difference.profilesCompared());
        JsonArray profiles = new JsonArray();
        for (ProfileDifference profile : difference.profiles()) {
            JsonObject item = new JsonObject();
            item.addProperty("profile", profile.profile());
            item.addProperty("presence", presence(profile.presence()));
            item.addProperty("espBefore", profile.espBefore());
            item.addProperty("espAfter", profile.espAfter());
            item.addProperty("scenarios", profile.scenarios());
            JsonArray causes = new JsonArray();
            for (Cause cause : profile.causes()) {
                JsonObject json = new JsonObject();
                json.addProperty("kind", cause.kind() == null ? null : cause.kind().name());
                json.addProperty("configuration", cause.configuration());
                json.addProperty("setting", cause.setting());
                json.addProperty("label", cause.label());
                json.addProperty("before", cause.before());
                json.addProperty("after", cause.after());
                causes.add(json);
            }
            item.add("causes", causes);
            JsonArray rows = new JsonArray();
            for (ScenarioChange change : profile.changes()) {
                Explain.Case scenario = change.scenario();
                JsonObject row = new JsonObject();
                row.addProperty("windows", scenario.windows() == WindowsVersion.WINDOWS10 ? 10 : 11);
                row.addProperty("network", scenario.network().id());
                row.addProperty("userAssigned", scenario.userAssigned());
                row.addProperty("deployment", scenario.deployment().id());
                row.addProperty("person", scenario.person());
                row.add("before", run(change.before()));
                row.add("after", run(change.after()));
                rows.add(row);
            }
            item.add("rows", rows);
            profiles.add(item);
        }
        report.add("profiles", profiles);
        JsonArray unseen = new JsonArray();
        for (ConfigurationChange change : difference.unseen()) {
            JsonObject item = new JsonObject();
            item.addProperty("kind", change.kind().name());
            item.addProperty("configuration", change.name());
            item.addProperty("presence", presence(change.presence()));
            JsonArray settings = new JsonArray();
            for (SettingChange setting : change.settings()) {
                JsonObject json = new JsonObject();
                json.addProperty("setting", setting.setting().id());
                json.addProperty("label", setting.setting().label());
                json.addProperty("subject", setting.subject());
                json.addProperty("before", setting.before());
                json.addProperty("after", setting.after());
                settings.add(json);
            }
            item.add("settings", settings);
            unseen.add(item);
        }
        report.add("unseen", unseen);
        return JsonOutput.toJson(report);
    }

    /** The last line of the text report, and the first of the Markdown one. */
    static String summary(ModelDifference difference) {
        long changed = difference.profiles().stream().filter(p -> p.presence() == Presence.CHANGED).count();
        long added = difference.profiles().stream().filter(p -> p.presence() == Presence.ADDED).count();
        long removed = difference.profiles().stream().filter(p -> p.presence() == Presence.REMOVED).count();
        if (!difference.visible()) {
            return "No one sees a difference (" + profiles(difference.profilesCompared()) + " compared, up to "
                    + Explain.matrix().size() + " scenarios each).";
        }
        List<String> parts = new ArrayList<>();
        if (changed > 0) {
            parts.add("people see a difference in " + changed + " of " + profiles(difference.profilesCompared()));
        }
        if (added > 0) {
            parts.add(profiles(added) + " added");
        }
        if (removed > 0) {
            parts.add(profiles(removed) + " removed");
        }
        String text = String.join("; ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static String profiles(long count) {
        return count + " deployment profile" + (count == 1 ? "" : "s");
    }

    private static String headline(ProfileDifference profile, String open, String close) {
        String name = "Deployment profile " + open + profile.profile() + close;
        return switch (profile.presence()) {
            case ADDED -> name + " added" + esp(profile, open, close);
            case REMOVED -> name + " removed";
            case CHANGED -> name + ": " + profile.changes().size() + " of " + profile.scenarios()
                    + " scenarios change" + esp(profile, open, close);
        };
    }

    private static String headlineMarkdown(ProfileDifference profile) {
        String name = "Deployment profile " + Markdown.code(profile.profile());
        return switch (profile.presence()) {
            case ADDED -> name + " added";
            case REMOVED -> name + " removed";
            case CHANGED -> name + ": " + profile.changes().size() + " of " + profile.scenarios()
                    + " scenarios change";
        };
    }

    private static String esp(ProfileDifference profile, String open, String close) {
        String before = profile.espBefore();
        String after = profile.espAfter();
        if (after == null && before == null) {
            return "";
        }
        if (before != null && after != null && !before.equals(after)) {
            return " (ESP " + open + before + close + ARROW + open + after + close + ")";
        }
        return " (ESP " + open + (after != null ? after : before) + close + ")";
    }

    private static String ending(Explain.Row row) {
        return row == null ? ScenarioChange.DOES_NOT_HAPPEN : Explain.outcome(row) + ", " + row.clockMinutes() + " min";
    }

    private static String seenMarkdown(Explain.Row row) {
        return row == null ? Markdown.cell(ScenarioChange.DOES_NOT_HAPPEN)
                : Markdown.cell(ending(row) + ":") + " " + Markdown.code(Explain.screens(row));
    }

    private static String presence(Presence presence) {
        return presence.name().toLowerCase(Locale.ROOT);
    }

    /** A configuration change as lines for people: one for added and removed, one per setting otherwise. */
    private static List<String> lines(ConfigurationChange change) {
        if (change.presence() != Presence.CHANGED) {
            return List.of(change.describe());
        }
        String prefix = change.kind().label() + " '" + change.name() + "': ";
        return change.settings().stream().map(setting -> prefix + setting.describe()).toList();
    }

    private static JsonElement run(Explain.Row row) {
        if (row == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.addProperty("flow", row.flow());
        JsonArray screens = new JsonArray();
        row.screens().forEach(screens::add);
        json.add("screens", screens);
        JsonArray phases = new JsonArray();
        row.espPhases().forEach(phase -> phases.add(phase == null ? null : phase.id()));
        json.add("espPhases", phases);
        json.addProperty("outcome", row.outcome().id());
        json.addProperty("errorCode", row.errorCode());
        json.addProperty("clockMinutes", row.clockMinutes());
        return json;
    }
}
