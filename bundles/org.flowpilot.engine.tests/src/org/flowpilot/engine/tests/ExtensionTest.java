package org.flowpilot.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import org.flowpilot.engine.Network;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.ExtensionCondition;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.query.ConditionText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

class ExtensionTest {

    private final Fixture fixture = new Fixture();

    private static ExtensionCondition networkIs(String network) {
        ExtensionCondition guard = Fixture.F.createExtensionCondition();
        guard.setTypeId(NetworkGuard.TYPE);
        guard.getParameters().put("network", network);
        return guard;
    }

    /** The user-driven flow with an asset-tag step before the desktop, taken only on Wi-Fi. */
    private static Flow flowWithAssetTag() {
        return flowWithAssetTag("wifi");
    }

    /** The user-driven flow with an asset-tag step before the desktop, taken only on {@code network}. */
    static Flow flowWithAssetTag(String network) {
        Flow flow = StandardFlows.userDrivenEntraJoin();
        Step desktop = flow.getSteps().stream().filter(s -> s.getName().equals("Desktop")).findFirst().orElseThrow();
        CustomStep tag = Fixture.F.createCustomStep();
        tag.setName("Asset tag");
        tag.setExtensionTypeId(AssetTagExecutor.TYPE);
        flow.getSteps().add(tag);
        for (Transition transition : List.copyOf(desktop.getIncoming())) {
            Transition toTag = Fixture.F.createTransition();
            toTag.setSource(transition.getSource());
            toTag.setTarget(tag);
            toTag.setGuard(networkIs(network));
            flow.getTransitions().add(flow.getTransitions().indexOf(transition), toTag);
        }
        Transition fromTag = Fixture.F.createTransition();
        fromTag.setSource(tag);
        fromTag.setTarget(desktop);
        flow.getTransitions().add(fromTag);
        return flow;
    }

    @Test
    void serviceLoaderContributionsRunCustomStepsAndGuards() {
        FlowEngine engine = new FlowEngine(Extensions.fromServiceLoader(getClass().getClassLoader()));
        Flow flow = flowWithAssetTag();
        Run wifi = engine.simulate(engine.prepare(flow), fixture.scenario().network(Network.WIFI).build());
        StepRecord tag = wifi.trace().stream().filter(r -> "asset-tag".equals(r.screenId())).findFirst()
                .orElseThrow();
        assertEquals(List.of("Done"), tag.buttons());
        assertEquals(StepKind.CUSTOM, tag.kind());
        assertNull(tag.screen(), "an extension's own screen is not in the catalogue");
        assertEquals(3, tag.clockMinutes() - wifi.trace().get(tag.step() - 2).clockMinutes());
        assertEquals(RunOutcome.DESKTOP, wifi.state().outcome().orElseThrow());
        Run wired = engine.simulate(engine.prepare(flow), fixture.scenario().build());
        assertTrue(wired.trace().stream().noneMatch(r -> "asset-tag".equals(r.screenId())));
        Run wiredTagged = engine.simulate(engine.prepare(flowWithAssetTag("wired")), fixture.scenario().build());
        assertTrue(wiredTagged.trace().stream().anyMatch(r -> "asset-tag".equals(r.screenId())),
                "the guard reads its parameter");
    }

    @Test
    void extensionGuardsAreSavedWithTheModelAndReadAsText(@TempDir Path folder) throws IOException {
        AutopilotModel model = Fixture.F.createAutopilotModel();
        model.getFlows().add(flowWithAssetTag("wired"));
        URI uri = URI.createFileURI(folder.resolve("guards.autopilot").toString());
        AutopilotPersistence.save(model, uri);
        ExtensionCondition guard = AutopilotPersistence.load(uri).getFlows().get(0).getTransitions().stream()
                .map(Transition::getGuard).filter(ExtensionCondition.class::isInstance)
                .map(ExtensionCondition.class::cast).findFirst().orElseThrow();
        assertEquals(NetworkGuard.TYPE, guard.getTypeId());
        assertEquals("wired", guard.getParameters().get("network"));
        assertEquals("fabrikam.network-is(network=wired)", ConditionText.describe(guard));
    }

    @Test
    void withoutTheExtensionTheCustomStepFailsClearly() {
        Run run = fixture.engine.simulate(fixture.engine.prepare(flowWithAssetTag()),
                fixture.scenario().network(Network.WIFI).build());
        // Without the guard extension the unknown guard never holds, so the plain edge to the desktop is taken.
        assertEquals(RunOutcome.DESKTOP, run.state().outcome().orElseThrow());
        FlowEngine guardsOnly = new FlowEngine(Extensions.of(List.of(), List.of(new NetworkGuard())));
        Run failing = guardsOnly.simulate(guardsOnly.prepare(flowWithAssetTag()),
                fixture.scenario().network(Network.WIFI).build());
        assertEquals(RunOutcome.FAILED, failing.state().outcome().orElseThrow());
        assertTrue(failing.state().diagnostic().contains("fabrikam.asset-tag"), failing.state().diagnostic());
    }

    @Test
    void declarativeServicesContributeStepExecutors() throws Exception {
        Bundle tests = FrameworkUtil.getBundle(getClass());
        assertNotNull(tests, "the tests run inside OSGi");
        if (tests.getState() != Bundle.ACTIVE) {
            tests.start();
        }
        BundleContext context = tests.getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals("org.flowpilot.engine") && bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
        }
        ServiceTracker<Extensions, Extensions> tracker = new ServiceTracker<>(context, Extensions.class, null);
        tracker.open();
        try {
            Extensions extensions = tracker.waitForService(10_000);
            assertNotNull(extensions, "the engine's Extensions component should be registered");
            long deadline = System.currentTimeMillis() + 10_000;
            while (extensions.stepExecutors().stream().noneMatch(AssetTagExecutor.class::isInstance)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(extensions.stepExecutors().stream().anyMatch(AssetTagExecutor.class::isInstance),
                    "the test bundle's component should be bound: " + extensions.stepExecutors());
            FlowEngine engine = new FlowEngine(Extensions.of(extensions.stepExecutors(), List.of(new NetworkGuard())));
            Run run = engine.simulate(engine.prepare(flowWithAssetTag()),
                    fixture.scenario().network(Network.WIFI).build());
            assertTrue(run.trace().stream().anyMatch(r -> "asset-tag".equals(r.screenId())));
        } finally {
            tracker.close();
        }
    }
}
