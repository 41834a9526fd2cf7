package org.flowpilot.engine.tests;

import java.util.List;

import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.EspPhaseId;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Screen;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.App;
import org.flowpilot.model.AppType;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.PreparationTask;
import org.flowpilot.model.PreparationTaskKind;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.WindowsVersion;

/** A Fabrikam profile and ESP, and helpers to run the standard flows with them. */
final class Fixture {

    static final FlowpilotFactory F = FlowpilotFactory.eINSTANCE;
    static final AssignedUser ALICE = new AssignedUser("alice@fabrikam.com", "Alice Smith", "FABRIKAM\\alice");

    final DeploymentProfile profile = F.createDeploymentProfile();
    final EnrollmentStatusPage esp = F.createEnrollmentStatusPage();
    final FlowEngine engine = new FlowEngine();

    /** Hides language, keyboard, license terms and privacy; allows pre-provisioning; ESP items of 2, 10 and 5 min. */
    Fixture() {
        profile.setName("Fabrikam profile");
        profile.setLanguageRegion(LanguageRegion.SPECIFIC_LOCALE);
        profile.setLocale("en-US");
        profile.setAutomaticallyConfigureKeyboard(true);
        profile.setMicrosoftSoftwareLicenseTerms(ScreenVisibility.HIDE);
        profile.setPrivacySettings(ScreenVisibility.HIDE);
        profile.setAllowPreProvisionedDeployment(true);
        esp.setName("Fabrikam ESP");
        esp.getPhases().add(phase(EspPhaseKind.DEVICE_PREPARATION, task(PreparationTaskKind.SECURE_YOUR_HARDWARE, 2)));
        esp.getPhases().add(phase(EspPhaseKind.DEVICE_SETUP, app("Company Portal", InstallContext.DEVICE, 10)));
        esp.getPhases().add(phase(EspPhaseKind.ACCOUNT_SETUP, app("Teams", InstallContext.USER, 5)));
    }

    Fixture selfDeploying() {
        profile.setDeploymentMode(DeploymentMode.SELF_DEPLOYING);
        return this;
    }

    Fixture hybrid() {
        profile.setJoinType(JoinType.ENTRA_HYBRID_JOINED);
        return this;
    }

    RunScenario.Builder scenario() {
        return RunScenario.builder().profile(profile).esp(esp).organizationName("Fabrikam").assignedUser(ALICE);
    }

    RunScenario.Builder scenario(WindowsVersion windows, Network network) {
        return scenario().windows(windows).network(network);
    }

    Run run(FlowKind kind, RunScenario scenario) {
        Run run = engine.start(StandardFlows.of(kind), scenario);
        run.runToEnd();
        return run;
    }

    /** The tracked item of the ESP named {@code name}. */
    TrackedItem item(String name) {
        return esp.getPhases().stream().flatMap(p -> p.getTrackedItems().stream())
                .filter(item -> name.equals(item.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("No tracked item " + name));
    }

    static List<Screen> shownScreens(Run run) {
        return run.trace().stream().filter(StepRecord::shown).map(StepRecord::screen).toList();
    }

    static StepRecord first(Run run, Screen screen) {
        return run.trace().stream().filter(r -> r.screen() == screen).findFirst()
                .orElseThrow(() -> new AssertionError("No " + screen + " step in " + run.trace()));
    }

    static StepRecord phase(Run run, EspPhaseId espPhase) {
        return run.trace().stream().filter(r -> r.kind() == StepKind.ESP_PHASE && r.espPhase() == espPhase).findFirst()
                .orElseThrow(() -> new AssertionError("No " + espPhase + " step in " + run.trace()));
    }

    static EspPhase phase(EspPhaseKind kind, TrackedItem... items) {
        EspPhase phase = F.createEspPhase();
        phase.setKind(kind);
        phase.getTrackedItems().addAll(List.of(items));
        return phase;
    }

    static PreparationTask task(PreparationTaskKind kind, int minutes) {
        PreparationTask task = F.createPreparationTask();
        task.setName(kind.getLiteral());
        task.setKind(kind);
        task.setEstimatedMinutes(minutes);
        return task;
    }

    static App app(String name, InstallContext context, int minutes) {
        App app = F.createApp();
        app.setName(name);
        app.setAppType(AppType.WIN32);
        app.setInstallContext(context);
        app.setEstimatedMinutes(minutes);
        return app;
    }
}
