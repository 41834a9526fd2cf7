package org.flowpilot.cli.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.flowpilot.cli.report.Explain;
import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.PreparedFlow;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.interop.compare.ConfigurationChange;
import org.flowpilot.interop.compare.ConfigurationChange.Presence;
import org.flowpilot.interop.compare.ConfigurationComparison;
import org.flowpilot.interop.compare.ConfigurationKind;
import org.flowpilot.interop.compare.SettingChange;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.query.FlowKinds;

/**
 * Compares two models by what people see: for each deployment profile in both (matched by name), the explain
 * matrix runs on each side with the ESP its devices get there ({@link EspChoice}). A scenario counts when a device
 * with the profile goes through its deployment (the profile's deployment mode), and it is kept when its screens,
 * outcome or minutes differ, or when it happens on one side only; with the settings that differ behind them.
 */
public final class ModelDiff {

    private final FlowEngine engine;
    private final Map<FlowKind, PreparedFlow> flows = new EnumMap<>(FlowKind.class);
    private final Function<FlowKind, PreparedFlow> standardFlows;

    private ModelDiff(FlowEngine engine) {
        this.engine = engine;
        this.standardFlows = kind -> flows.computeIfAbsent(kind, k -> engine.prepare(StandardFlows.of(k)));
    }

    /** A diff that runs on {@code engine}, preparing each standard flow once for all its comparisons. */
    public static ModelDiff on(FlowEngine engine) {
        return new ModelDiff(engine);
    }

    /** What people see differently in {@code after} than in {@code before}, run on {@code engine}. */
    public static ModelDifference compare(FlowEngine engine, AutopilotModel before, AutopilotModel after) {
        return on(engine).compare(before, after);
    }

    /**
     * Runs {@code scenario} for the profile named {@code profile} of {@code model} again, exactly as the comparison
     * ran it, for a look at its records (the screens it showed); empty when the model has no such profile.
     */
    public Optional<Run> run(AutopilotModel model, String profile, Explain.Case scenario) {
        return model.getProfiles().stream().filter(p -> profile.equals(p.getName())).findFirst()
                .map(found -> Explain.run(engine, standardFlows,
                        base(model, found, EspChoice.forProfile(model, found)), Explain.assignedUserOf(model),
                        scenario));
    }

    /** What people see differently in {@code after} than in {@code before}. */
    public ModelDifference compare(AutopilotModel before, AutopilotModel after) {
        List<ConfigurationChange> configurations = ConfigurationComparison.compare(before, after);
        Map<String, DeploymentProfile> remaining = new LinkedHashMap<>();
        before.getProfiles().forEach(p -> remaining.putIfAbsent(Objects.toString(p.getName(), ""), p));
        AssignedUser userBefore = Explain.assignedUserOf(before);
        AssignedUser userAfter = Explain.assignedUserOf(after);
        List<ProfileDifference> profiles = new ArrayList<>();
        Set<String> seenProfiles = new HashSet<>();
        Set<String> seenEsps = new HashSet<>();
        int compared = 0;
        for (DeploymentProfile profile : after.getProfiles()) {
            String name = Objects.toString(profile.getName(), "");
            DeploymentProfile previous = remaining.remove(name);
            Optional<EnrollmentStatusPage> espAfter = EspChoice.forProfile(after, profile);
            if (previous == null) {
                profiles.add(new ProfileDifference(name, Presence.ADDED, null, espName(espAfter), 0, List.of(),
                        List.of()));
                seenProfiles.add(name);
                continue;
            }
            compared++;
            Optional<EnrollmentStatusPage> espBefore = EspChoice.forProfile(before, previous);
            List<Explain.Row> rowsBefore = explain(before, previous, espBefore, userBefore);
            List<Explain.Row> rowsAfter = explain(after, profile, espAfter, userAfter);
            // Each side's matrix leaves out what its profile cannot run at all (self-deploying with hybrid join).
            Map<Explain.Case, Explain.Row> byCaseBefore = byCase(rowsBefore, previous);
            Map<Explain.Case, Explain.Row> byCaseAfter = byCase(rowsAfter, profile);
            Set<Explain.Case> explained = new HashSet<>();
            rowsBefore.forEach(row -> explained.add(row.scenario()));
            rowsAfter.forEach(row -> explained.add(row.scenario()));
            List<ScenarioChange> changes = new ArrayList<>();
            for (Explain.Case scenario : Explain.matrix()) {
                Explain.Row was = byCaseBefore.get(scenario);
                Explain.Row is = byCaseAfter.get(scenario);
                if ((was == null) != (is == null) || was != null && !ScenarioChange.seenAlike(was, is)) {
                    changes.add(new ScenarioChange(scenario, was, is));
                }
            }
            if (changes.isEmpty()) {
                continue;
            }
            List<Cause> causes = causes(configurations, name, espBefore, espAfter);
            if (!userBefore.equals(userAfter)) {
                causes.add(Cause.model(Cause.ASSIGNED_USER, "Assigned user", userBefore.userPrincipalName(),
                        userAfter.userPrincipalName()));
            }
            if (!Objects.equals(before.getOrganizationName(), after.getOrganizationName())) {
                causes.add(Cause.model(Cause.ORGANIZATION_NAME, "Organization name",
                        Objects.toString(before.getOrganizationName(), "(none)"),
                        Objects.toString(after.getOrganizationName(), "(none)")));
            }
            profiles.add(new ProfileDifference(name, Presence.CHANGED, espName(espBefore), espName(espAfter),
                    explained.size(), causes, changes));
            seenProfiles.add(name);
            espBefore.ifPresent(esp -> seenEsps.add(esp.getName()));
            espAfter.ifPresent(esp -> seenEsps.add(esp.getName()));
        }
        for (String removed : remaining.keySet()) {
            profiles.add(new ProfileDifference(removed, Presence.REMOVED, null, null, 0, List.of(), List.of()));
            seenProfiles.add(removed);
        }
        List<ConfigurationChange> unseen = configurations.stream()
                .filter(change -> !(change.kind() == ConfigurationKind.DEPLOYMENT_PROFILE
                        ? seenProfiles : seenEsps).contains(change.name()))
                .toList();
        return new ModelDifference(profiles, unseen, compared);
    }

    /** The rows a device with {@code profile} goes through, by their case; the others are what-ifs. */
    private static Map<Explain.Case, Explain.Row> byCase(List<Explain.Row> rows, DeploymentProfile profile) {
        Map<Explain.Case, Explain.Row> happening = new HashMap<>();
        for (Explain.Row row : rows) {
            if (happens(row, profile)) {
                happening.put(row.scenario(), row);
            }
        }
        return happening;
    }

    /** Whether the row's deployment is one a device with {@code profile} goes through (its deployment mode). */
    private static boolean happens(Explain.Row row, DeploymentProfile profile) {
        Explain.Case scenario = row.scenario();
        return FlowKinds.fits(scenario.deployment().flowKind(profile, scenario.technician()), profile);
    }

    private List<Explain.Row> explain(AutopilotModel model, DeploymentProfile profile,
            Optional<EnrollmentStatusPage> esp, AssignedUser user) {
        return Explain.explain(engine, standardFlows, base(model, profile, esp), user, Explain.matrix(profile));
    }

    private static RunScenario base(AutopilotModel model, DeploymentProfile profile,
            Optional<EnrollmentStatusPage> esp) {
        RunScenario.Builder base = RunScenario.builder().organizationName(model.getOrganizationName())
                .profile(profile);
        esp.ifPresent(base::esp);
        return base.build();
    }

    private static List<Cause> causes(List<ConfigurationChange> configurations, String profile,
            Optional<EnrollmentStatusPage> espBefore, Optional<EnrollmentStatusPage> espAfter) {
        List<Cause> causes = new ArrayList<>();
        settings(configurations, ConfigurationKind.DEPLOYMENT_PROFILE, profile)
                .forEach(change -> causes.add(Cause.profile(change)));
        String before = espName(espBefore);
        String after = espName(espAfter);
        if (!Objects.equals(before, after)) {
            causes.add(Cause.espInEffect(before == null ? "(none)" : before, after == null ? "(none)" : after));
        } else if (after != null) {
            settings(configurations, ConfigurationKind.ESP, after)
                    .forEach(change -> causes.add(Cause.esp(after, change)));
        }
        return causes;
    }

    private static List<SettingChange> settings(List<ConfigurationChange> configurations, ConfigurationKind kind,
            String name) {
        return configurations.stream().filter(c -> c.kind() == kind && c.name().equals(name))
                .flatMap(c -> c.settings().stream()).toList();
    }

    private static String espName(Optional<EnrollmentStatusPage> esp) {
        return esp.map(EnrollmentStatusPage::getName).orElse(null);
    }
}
