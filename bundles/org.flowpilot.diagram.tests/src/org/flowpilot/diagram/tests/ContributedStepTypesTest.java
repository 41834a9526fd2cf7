package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.contextactions.RequestContextActions;
import org.eclipse.glsp.server.features.contextactions.SetContextActions;
import org.eclipse.glsp.server.features.directediting.LabeledAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.RequestMarkersAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.types.EditorContext;
import org.flowpilot.diagram.CustomStepType;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.ModelFiles;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.flow.FlowTypes;
import org.flowpilot.diagram.server.DiagramServer;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.validation.spi.Findings;
import org.flowpilot.model.validation.spi.Severity;
import org.flowpilot.model.validation.spi.ValidationRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Step types extensions contribute, as the diagrams show them: the palette lists each in the group of its category
 * with its icon (drawn by the page's step-kinds.css), a diagram opened after an extension came or went follows it,
 * and a validation rule an extension registers decorates the diagram with its own id.
 */
class ContributedStepTypesTest {

    private static final String TYPE = "com.fabrikam.asset-tag";

    @TempDir
    Path folder;

    private final List<CustomStepType> installed = new CopyOnWriteArrayList<>();
    private final List<TestSession> sessions = new ArrayList<>();
    private DiagramModels models;
    private DiagramModel model;
    private Flow flow;
    private CustomStep tag;

    @BeforeEach
    void open() throws Exception {
        // A real 16x16 PNG, as an extension's icons/ folder holds one.
        URL icon = AutopilotItemProviders.iconOf(FlowpilotFactory.eINSTANCE.createDesktopStep());
        installed.add(new CustomStepType(TYPE, "Asset tag", "The technician tags the device.", "Fabrikam", icon));
        model = ModelFiles.open(Example.copyTo(folder), "contoso");
        models = new DiagramModels(() -> List.copyOf(installed));
        models.add(model);
        flow = model.model().getFlows().get(0);
        tag = FlowpilotFactory.eINSTANCE.createCustomStep();
        tag.setName("Tag the device");
        tag.setExtensionTypeId(TYPE);
        model.access().run(() -> model.editingDomain().getCommandStack().execute(AddCommand.create(
                model.editingDomain(), flow, FlowpilotPackage.Literals.FLOW__STEPS, tag)));
    }

    @AfterEach
    void close() {
        sessions.forEach(TestSession::close);
    }

    private TestSession session() throws Exception {
        TestSession session = new TestSession(models, DiagramKind.FLOW.diagramType(), Map.of("sourceUri", "contoso",
                "flowId", model.idOf(flow)), "flow-" + sessions.size());
        sessions.add(session);
        return session;
    }

    private static List<PaletteItem> palette(TestSession session) {
        session.send(new RequestContextActions(ToolPaletteItemProvider.CONTEXT_ID, new EditorContext()));
        List<PaletteItem> groups = new ArrayList<>();
        for (LabeledAction action : session.await(SetContextActions.class, any -> true).getActions()) {
            groups.add((PaletteItem) action);
        }
        return groups;
    }

    @Test
    void thePaletteListsEachContributedTypeInItsCategoryWithItsIcon() throws Exception {
        TestSession session = session();
        PaletteItem fabrikam = palette(session).stream().filter(g -> "Fabrikam".equals(g.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("no Fabrikam group in the palette"));
        PaletteItem item = fabrikam.getChildren().get(0);
        assertEquals("Asset tag", item.getLabel());
        assertEquals("step-ext-com-fabrikam-asset-tag", item.getIcon().orElseThrow());
        GNode node = (GNode) session.element(model.idOf(tag));
        assertEquals(FlowTypes.STEP, node.getType(), "drawn as a known step");
        assertEquals("Asset tag", node.getArgs().get("subtitle"));
    }

    @Test
    void aDiagramOpenedAfterTheExtensionWentDrawsItsStepsAsUnknown() throws Exception {
        installed.clear();
        TestSession session = session();
        assertTrue(palette(session).stream().noneMatch(g -> "Fabrikam".equals(g.getLabel())));
        assertEquals(FlowTypes.UNKNOWN_STEP, session.element(model.idOf(tag)).getType());
    }

    @Test
    void thePageDrawsTheContributedIconsFromStepKindsCss() throws Exception {
        try (DiagramServer server = DiagramServer.start(0, () -> List.copyOf(installed), line -> { })) {
            String token = server.url().substring(server.url().indexOf("token=") + "token=".length());
            HttpResponse<String> css = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/step-kinds.css"))
                    .header("Cookie", "flowpilot_token_" + server.port() + "=" + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, css.statusCode(), css.body());
            assertTrue(css.body().startsWith(".codicon.codicon-step-ext-com-fabrikam-asset-tag::before"), css.body());
            assertTrue(css.body().contains("url(\"data:image/png;base64,iVBORw0KGgo"), "the icon's own PNG");
        }
    }

    /** Flags every custom step, as an extension's rule would flag its own kind. */
    static final class TaggedRule implements ValidationRule {
        @Override
        public String id() {
            return "FAB01";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public Class<? extends EObject> appliesTo() {
            return CustomStep.class;
        }

        @Override
        public void check(EObject element, Findings findings) {
            findings.report(element, "Fabrikam reviews every custom step.");
        }
    }

    @Test
    void aRuleAnExtensionRegistersDecoratesTheDiagramWithItsId() throws Exception {
        ServiceRegistration<ValidationRule> rule = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(ValidationRule.class, new TaggedRule(), null);
        TestSession session = session();
        String id = model.idOf(tag);
        try {
            // Declarative Services binds the rule a moment after it is registered: ask until it has.
            awaitFab01(session, id, true, "no FAB01 decoration on the custom step in 10 s");
        } finally {
            rule.unregister();
        }
        // Unbinding can lag the unregistration as binding does (seen on a loaded build machine): ask until it has.
        awaitFab01(session, id, false, "the rule's decoration stays 10 s after the extension went");
    }

    private static void awaitFab01(TestSession session, String elementId, boolean shown, String failure)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (fab01On(markers(session), elementId) != shown) {
            assertTrue(System.currentTimeMillis() < deadline, failure);
            Thread.sleep(100);
        }
    }

    private static SetMarkersAction markers(TestSession session) {
        session.send(new RequestMarkersAction(List.of(session.root().getId()), "batch"));
        return session.await(SetMarkersAction.class, any -> true);
    }

    private static boolean fab01On(SetMarkersAction markers, String elementId) {
        return markers.getMarkers().stream().anyMatch(marker -> elementId.equals(marker.getElementId())
                && "FAB01".equals(marker.getLabel()) && "warning".equals(marker.getType()));
    }
}
