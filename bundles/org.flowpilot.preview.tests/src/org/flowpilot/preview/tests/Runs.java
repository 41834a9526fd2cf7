package org.flowpilot.preview.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.Scenarios;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Flow;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.spi.PreviewContext;

/** Runs of the Contoso example and of the standard flows with its profile, for the previews to draw. */
final class Runs {

    static final String ADELE = "Adele signs in to her laptop";
    static final String TECHNICIAN = "Technician pre-provisions Adele's laptop";
    static final String APPS_FAIL = "Microsoft 365 Apps fails during pre-provisioning";
    static final String TIMES_OUT = "Adele's Account setup times out";
    static final String ADELE_UPN = "adelev@contoso.com";

    private static final AutopilotModel CONTOSO = ExampleModels.contoso();
    private static final FlowEngine ENGINE = new FlowEngine();

    private Runs() {
    }

    /** The Contoso scenario {@code name} on {@code windows}, changed by {@code change}, run to its end. */
    static Run contoso(String name, WindowsVersion windows, UnaryOperator<RunScenario.Builder> change) {
        Scenario scenario = scenario(name);
        return run(scenario.getFlow(), change.apply(Scenarios.of(scenario).toBuilder().windows(windows)).build());
    }

    /** The Contoso scenario {@code name} on {@code windows}, run to its end. */
    static Run contoso(String name, WindowsVersion windows) {
        return contoso(name, windows, UnaryOperator.identity());
    }

    static Run run(Flow flow, RunScenario scenario) {
        return ENGINE.simulate(ENGINE.prepare(flow), scenario);
    }

    static Scenario scenario(String name) {
        return CONTOSO.getScenarios().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No scenario " + name + " in the example"));
    }

    /** A copy of Contoso's profile, to change without touching the example. */
    static DeploymentProfile profile() {
        return EcoreUtil.copy(Scenarios.of(scenario(ADELE)).profile());
    }

    /**
     * Runs that together show every screen of the catalogue: each Contoso scenario on a wired, Wi-Fi and no
     * network; Adele and the technician with a profile that shows the license terms and privacy; a hybrid join that ends at the sign-on
     * screen; a self-deploying device.
     */
    static List<Run> everyScreen(WindowsVersion windows) {
        List<Run> runs = new ArrayList<>();
        for (Scenario scenario : CONTOSO.getScenarios()) {
            for (Network network : Network.values()) {
                runs.add(contoso(scenario.getName(), windows, b -> b.network(network)));
            }
        }
        DeploymentProfile showing = profile();
        showing.setMicrosoftSoftwareLicenseTerms(ScreenVisibility.SHOW);
        showing.setPrivacySettings(ScreenVisibility.SHOW);
        runs.add(contoso(ADELE, windows, b -> b.profile(showing)));
        runs.add(contoso(TECHNICIAN, windows, b -> b.profile(showing)));
        runs.add(hybrid(windows));
        DeploymentProfile kiosk = profile();
        kiosk.setDeploymentMode(DeploymentMode.SELF_DEPLOYING);
        runs.add(run(StandardFlows.selfDeploying(), Scenarios.of(scenario(ADELE)).toBuilder().windows(windows)
                .profile(kiosk).assignedUser(null).build()));
        return runs;
    }

    /** A user-driven hybrid join of Adele, with her on-premises account. */
    static Run hybrid(WindowsVersion windows) {
        DeploymentProfile hybrid = profile();
        hybrid.setJoinType(JoinType.ENTRA_HYBRID_JOINED);
        return run(StandardFlows.userDrivenHybridJoin(), Scenarios.of(scenario(ADELE)).toBuilder().windows(windows)
                .profile(hybrid).assignedUser(new AssignedUser(ADELE_UPN, "Adele Vance", "CONTOSO\\adelev")).build());
    }

    /** The first record of {@code run} whose screen is {@code screenId} (and, when given, ESP phase). */
    static StepRecord first(Run run, String screenId, String espPhase) {
        return run.trace().stream().filter(r -> screenId.equals(r.screenId()))
                .filter(r -> espPhase == null || r.espPhase() != null && espPhase.equals(r.espPhase().id()))
                .findFirst().orElseThrow(() -> new AssertionError("No " + screenId + " in " + run.trace()));
    }

    static PreviewContext context(Run run, StepRecord record) {
        return PreviewContext.of(run, record);
    }
}
