package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GHtmlRoot;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GPreRenderedElement;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction;
import org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction;
import org.eclipse.glsp.server.features.contextactions.RequestContextActions;
import org.eclipse.glsp.server.features.contextactions.SetContextActions;
import org.eclipse.glsp.server.features.contextmenu.MenuItem;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.popup.RequestPopupModelAction;
import org.eclipse.glsp.server.features.popup.SetPopupModelAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.EditorContext;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.Highlight;
import org.flowpilot.diagram.ModelFiles;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.flow.FlowContextMenu;
import org.flowpilot.diagram.internal.flow.FlowTypes;
import org.flowpilot.diagram.internal.flow.ScreenVisibilityOperation;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;
import org.flowpilot.model.query.ConditionText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flow diagram on a real GLSP server, over the Contoso example's technician flow. */
class FlowDiagramTest {

    @TempDir
    Path folder;

    private Path file;
    private DiagramModel model;
    private Flow flow;
    private TestSession session;

    @BeforeEach
    void open() throws Exception {
        file = Example.copyTo(folder);
        model = ModelFiles.open(file, "contoso");
        DiagramModels models = new DiagramModels(List.of());
        models.add(model);
        flow = model.model().getFlows().get(0);
        session = new TestSession(models, DiagramKind.FLOW.diagramType(), Map.of("sourceUri", "contoso",
                "flowId", model.idOf(flow)), "flow-1");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Step step(String name) {
        return flow.getSteps().stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow();
    }

    private String id(Object element) {
        return model.idOf((EObject) element);
    }

    private <T> T read(Supplier<T> reader) {
        return model.access().call(reader);
    }

    @Test
    void everyStepIsANodeAndEveryTransitionAGuardedEdge() {
        GModelRoot root = session.root();
        for (Step step : flow.getSteps()) {
            GModelElement node = session.element(id(step));
            assertNotNull(node, step.getName());
            GLabel name = (GLabel) session.element(id(step) + "_name");
            assertEquals(step.getName(), name.getText());
        }
        for (Transition transition : flow.getTransitions()) {
            GEdge edge = (GEdge) session.element(id(transition));
            assertEquals(id(transition.getSource()), edge.getSourceId());
            assertEquals(id(transition.getTarget()), edge.getTargetId());
            if (transition.getGuard() != null) {
                GLabel guard = (GLabel) session.element(id(transition) + "_label");
                assertEquals(ConditionText.describe(transition.getGuard()), guard.getText(), "the tree's guard text");
            }
        }
        assertEquals(Boolean.TRUE, ((GNode) session.element(id(flow.getStart()))).getArgs().get("start"));
        assertEquals(3, ((GNode) session.element(id(step("Network check")))).getArgs().get("branches"));
        assertTrue(session.element(id(step("License Terms"))).getCssClasses().contains("hidden-screen"),
                "License Terms is hidden by the profile");
        assertFalse(session.element(id(step("Keyboard layout"))).getCssClasses().contains("hidden-screen"));
        assertEquals("flow:" + id(flow), root.getId());
    }

    @Test
    void espPhasesHoldTheTrackedItemsOfTheirPhase() {
        EspPhaseStep deviceSetup = (EspPhaseStep) step("ESP: Device setup");
        GNode container = (GNode) session.element(id(deviceSetup));
        assertEquals(FlowTypes.ESP_PHASE, container.getType());
        List<String> items = container.getChildren().stream().filter(c -> FlowTypes.TRACKED_ITEM.equals(c.getType()))
                .map(c -> ((GLabel) c.getChildren().get(0)).getText()).toList();
        assertEquals(List.of("Microsoft Edge security baseline", "Contoso device SCEP certificate",
                "Contoso-Corp Wi-Fi", "Contoso Always On VPN (device tunnel)", "Company Portal", "Microsoft 365 Apps",
                "Contoso VPN client"), items);
    }

    @Test
    void aModelWithoutSidecarOpensLaidOutWithoutOverlapsAndWritesNothing() {
        List<GNode> nodes = session.root().getChildren().stream().filter(GNode.class::isInstance)
                .map(GNode.class::cast).toList();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(overlap(nodes.get(i), nodes.get(j)), nodes.get(i).getId() + " and " + nodes.get(j).getId());
            }
        }
        assertFalse(Files.exists(DiagramLayout.sidecarOf(file)), "opening writes no sidecar");
    }

    @Test
    void linesAndLabelsKeepClearOfEveryNodeAsOpenedAfterMovesAndCreatesAndLaidOut() {
        assertEquals(List.of(), Crossings.of(session.root()), "as opened");
        // A step dropped onto the middle of the longest line: that line and any other it now blocks go around it.
        GPoint middle = middleOfLongestSegment();
        Step reseal = step("Reseal");
        session.sendAndAwaitUpdate(new ChangeBoundsOperation(List.of(new ElementAndBounds(b -> {
            b.setElementId(id(reseal));
            b.setNewPosition(GraphUtil.point(middle.getX() - 120, middle.getY() - 32));
        }))));
        assertEquals(List.of(), Crossings.of(session.root()), "after a move onto a line");

        GPoint another = middleOfLongestSegment();
        session.sendAndAwaitUpdate(new CreateNodeOperation("step:reboot",
                GraphUtil.point(another.getX() - 120, another.getY() - 32)));
        assertEquals(List.of(), Crossings.of(session.root()), "after a step is created on a line");

        session.sendAndAwaitUpdate(new LayoutOperation(List.of()));
        assertEquals(List.of(), Crossings.of(session.root()), "after layout on demand");
        GEdge edge = (GEdge) session.root().getChildren().stream().filter(GEdge.class::isInstance).findFirst()
                .orElseThrow();
        assertTrue(model.layout().route("flow:" + id(flow), edge.getId()).isPresent(),
                "layout on demand stores the routes");
    }

    // The middle of the longest segment of any line, a point a dropped node would sit on.
    private GPoint middleOfLongestSegment() {
        GPoint best = null;
        double longest = -1;
        for (GModelElement child : session.root().getChildren()) {
            if (child instanceof GEdge edge) {
                List<GPoint> points = edge.getRoutingPoints();
                for (int i = 1; i < points.size(); i++) {
                    double length = Math.abs(points.get(i).getX() - points.get(i - 1).getX())
                            + Math.abs(points.get(i).getY() - points.get(i - 1).getY());
                    if (length > longest) {
                        longest = length;
                        best = GraphUtil.point((points.get(i).getX() + points.get(i - 1).getX()) / 2,
                                (points.get(i).getY() + points.get(i - 1).getY()) / 2);
                    }
                }
            }
        }
        return best;
    }

    private static boolean overlap(GNode a, GNode b) {
        return a.getPosition().getX() < b.getPosition().getX() + b.getSize().getWidth()
                && b.getPosition().getX() < a.getPosition().getX() + a.getSize().getWidth()
                && a.getPosition().getY() < b.getPosition().getY() + b.getSize().getHeight()
                && b.getPosition().getY() < a.getPosition().getY() + a.getSize().getHeight();
    }

    @Test
    void aPaletteScreenIsCreatedWhereDroppedAndUndoTakesItAway() {
        int steps = flow.getSteps().size();
        GModelRoot root = session.sendAndAwaitUpdate(
                new CreateNodeOperation("step:screen:privacy", GraphUtil.point(900, 40)));
        ScreenStep privacy = read(() -> (ScreenStep) flow.getSteps().get(steps));
        assertEquals(ScreenKind.PRIVACY, privacy.getScreen());
        assertEquals("Privacy", privacy.getName());
        GNode node = (GNode) session.element(id(privacy));
        assertEquals(900, node.getPosition().getX());
        assertEquals(40, node.getPosition().getY());
        assertNotNull(root);
        assertEquals(new Bounds(900, 40, 240, 64), model.layout().get("flow:" + id(flow), id(privacy)).orElseThrow());
        // Everything else stays where ELK put it: the first placement stores the shown layout too.
        assertEquals(steps + 1, model.layout().diagram("flow:" + id(flow)).size());

        String privacyId = id(privacy);
        session.sendAndAwaitUpdate(new UndoAction());
        assertEquals(steps, read(() -> flow.getSteps().size()));
        assertNull(session.element(privacyId));
        assertFalse(model.layout().hasLayout("flow:" + id(flow)), "undo forgets the stored layout too");
    }

    @Test
    void everyStepKindOfThePaletteCreatesThatKind() {
        for (String kind : List.of("power-on", "network-check", "sign-in", "mfa", "provisioning-menu", "reboot",
                "reseal", "sign-on", "desktop", "custom")) {
            int steps = read(() -> flow.getSteps().size());
            session.sendAndAwaitUpdate(new CreateNodeOperation("step:" + kind, GraphUtil.point(900, 40)));
            Step created = read(() -> flow.getSteps().get(steps));
            assertEquals(kind, ((GNode) session.element(id(created))).getArgs().get("kind"));
        }
        session.sendAndAwaitUpdate(new CreateNodeOperation("step:esp:account-setup", GraphUtil.point(900, 40)));
        Step phase = read(() -> flow.getSteps().get(flow.getSteps().size() - 1));
        assertEquals("ESP account setup", phase.getName());
        assertEquals(FlowTypes.ESP_PHASE, session.element(id(phase)).getType());
    }

    @Test
    void transitionsAreCreatedReconnectedAndDeleted() {
        Step reseal = step("Reseal");
        Step powerOn = step("Power on");
        Step reboot = step("Reboot");
        session.sendAndAwaitUpdate(new CreateEdgeOperation(FlowTypes.TRANSITION, id(reseal), id(powerOn)));
        Transition created = read(() -> flow.getTransitions().get(flow.getTransitions().size() - 1));
        assertEquals(reseal, created.getSource());
        assertEquals(powerOn, created.getTarget());
        assertTrue(reseal.getOutgoing().contains(created));

        session.sendAndAwaitUpdate(new ReconnectEdgeOperation(id(created), id(reseal), id(reboot)));
        assertEquals(reboot, created.getTarget());
        assertFalse(powerOn.getIncoming().contains(created));
        assertEquals(id(reboot), ((GEdge) session.element(id(created))).getTargetId());

        session.sendAndAwaitUpdate(new DeleteOperation(List.of(id(created))));
        assertFalse(read(() -> flow.getTransitions().contains(created)));
        assertFalse(reseal.getOutgoing().contains(created));
    }

    @Test
    void deletingAStepTakesItsTransitionsAndUndoRestoresThemAll() {
        Step networkCheck = step("Network check");
        List<Transition> joined = read(() -> List.copyOf(networkCheck.getIncoming()));
        int transitions = flow.getTransitions().size();
        List<Transition> outgoing = read(() -> List.copyOf(networkCheck.getOutgoing()));
        session.sendAndAwaitUpdate(new DeleteOperation(List.of(id(networkCheck))));
        assertFalse(read(() -> flow.getSteps().contains(networkCheck)));
        assertEquals(transitions - joined.size() - outgoing.size(), read(() -> flow.getTransitions().size()));

        session.sendAndAwaitUpdate(new UndoAction());
        assertTrue(read(() -> flow.getSteps().contains(networkCheck)));
        assertEquals(transitions, read(() -> flow.getTransitions().size()));
        assertEquals(outgoing, read(() -> List.copyOf(networkCheck.getOutgoing())));
        assertNotNull(session.element(id(networkCheck)));
    }

    @Test
    void renameInPlaceSetsTheNameAndRefusesAnEmptyOne() {
        Step reboot = step("Reboot");
        session.sendAndAwaitUpdate(new ApplyLabelEditOperation(id(reboot) + "_name", "Reboot into OOBE"));
        assertEquals("Reboot into OOBE", reboot.getName());
        assertEquals("Reboot into OOBE", ((GLabel) session.element(id(reboot) + "_name")).getText());
        session.clear();
        session.send(new ApplyLabelEditOperation(id(reboot) + "_name", "   "));
        session.sendAndAwaitUpdate(new ApplyLabelEditOperation(id(step("Reseal")) + "_name", "Reseal the device"));
        assertEquals("Reboot into OOBE", reboot.getName(), "a blank name changes nothing");
    }

    @Test
    void movingAndResizingGoToTheSidecarNotTheModel() throws Exception {
        Step reseal = step("Reseal");
        String diagram = "flow:" + id(flow);
        session.sendAndAwaitUpdate(new ChangeBoundsOperation(List.of(new ElementAndBounds(b -> {
            b.setElementId(id(reseal));
            b.setNewPosition(GraphUtil.point(1200, 700));
            b.setNewSize(GraphUtil.dimension(300, 80));
        }))));
        assertEquals(new Bounds(1200, 700, 300, 80), model.layout().get(diagram, id(reseal)).orElseThrow());
        GNode node = (GNode) session.element(id(reseal));
        assertEquals(300, node.getSize().getWidth());
        model.save();
        String saved = Files.readString(file);
        assertFalse(saved.contains("1200"), "no layout in the model file");
        DiagramLayout sidecar = DiagramLayout.read(DiagramLayout.sidecarOf(file));
        assertEquals(new Bounds(1200, 700, 300, 80), sidecar.get(diagram, id(reseal)).orElseThrow());
    }

    @Test
    void layoutOnDemandIsOneUndoableCommand() {
        Step reseal = step("Reseal");
        String diagram = "flow:" + id(flow);
        session.sendAndAwaitUpdate(new ChangeBoundsOperation(List.of(new ElementAndBounds(b -> {
            b.setElementId(id(reseal));
            b.setNewPosition(GraphUtil.point(2000, 2000));
        }))));
        session.sendAndAwaitUpdate(new LayoutOperation(List.of()));
        Bounds laidOut = model.layout().get(diagram, id(reseal)).orElseThrow();
        assertNotEquals(2000, laidOut.x());
        session.sendAndAwaitUpdate(new UndoAction());
        assertEquals(2000, model.layout().get(diagram, id(reseal)).orElseThrow().x());
    }

    @Test
    void showInProfileFromTheContextMenuAndUndoRestoresEverySetting() {
        ScreenStep licenseTerms = (ScreenStep) step("License Terms");
        session.clear();
        EditorContext context = new EditorContext();
        context.setSelectedElementIds(List.of(id(licenseTerms)));
        session.send(new RequestContextActions("context-menu", context));
        SetContextActions menu = session.await(SetContextActions.class, any -> true);
        assertTrue(menu.getActions().stream().anyMatch(a -> a instanceof MenuItem item
                && item.getId().startsWith(FlowContextMenu.SHOW + ":")), "Show in profile offered");

        DeploymentProfile profile = model.model().getProfiles().get(0);
        session.sendAndAwaitUpdate(new ScreenVisibilityOperation(id(licenseTerms), id(profile), false));
        assertFalse(read(() -> profile.getHiddenScreens().contains(ScreenKind.LICENSE_TERMS)));
        assertFalse(session.element(id(licenseTerms)).getCssClasses().contains("hidden-screen"));
        session.sendAndAwaitUpdate(new UndoAction());
        assertTrue(read(() -> profile.getHiddenScreens().contains(ScreenKind.LICENSE_TERMS)));

        // Hiding the keyboard presets the language; Undo puts the language back too.
        ScreenStep keyboard = (ScreenStep) step("Keyboard");
        LanguageRegion language = profile.getLanguageRegion();
        session.sendAndAwaitUpdate(new ScreenVisibilityOperation(id(keyboard), id(profile), true));
        assertTrue(read(() -> profile.getHiddenScreens().contains(ScreenKind.KEYBOARD)));
        session.sendAndAwaitUpdate(new UndoAction());
        assertEquals(language, read(profile::getLanguageRegion));
        assertFalse(read(() -> profile.getHiddenScreens().contains(ScreenKind.KEYBOARD)));
    }

    @Test
    void validationDecoratesElementsWithRuleIdsAndMessages() {
        int steps = flow.getSteps().size();
        session.sendAndAwaitUpdate(new CreateNodeOperation("step:reboot", GraphUtil.point(900, 40)));
        Step created = read(() -> flow.getSteps().get(steps));
        SetMarkersAction markers = session.await(SetMarkersAction.class,
                m -> m.getMarkers().stream().anyMatch(marker -> id(created).equals(marker.getElementId())));
        List<String> rules = markers.getMarkers().stream().filter(m -> id(created).equals(m.getElementId()))
                .map(m -> m.getLabel()).sorted().toList();
        // A new step has no source document (FL07), no way in (FL02) and no way out (FL03).
        assertEquals(List.of("FL02", "FL03", "FL07"), rules);
        assertTrue(markers.getMarkers().stream().filter(m -> "FL03".equals(m.getLabel())).allMatch(
                m -> "error".equals(m.getType()) && m.getDescription().endsWith("[FL03]")));
    }

    @Test
    void hoverShowsTheTreeLabelWithTheHidingProfileAndTheSourceDocument() {
        ScreenStep licenseTerms = (ScreenStep) step("License Terms");
        session.clear();
        session.send(new RequestPopupModelAction(id(licenseTerms), GraphUtil.bounds(0, 0, 10, 10)));
        GHtmlRoot popup = (GHtmlRoot) session.await(SetPopupModelAction.class, any -> true).getNewRoot();
        String html = popup.getChildren().stream().map(c -> ((GPreRenderedElement) c).getCode())
                .reduce("", String::concat);
        assertTrue(html.contains("License Terms — hidden by Contoso pre-provisioned Entra join profile"), html);
        assertTrue(html.contains(licenseTerms.getSourceDocument().substring(0, 40)), html);
    }

    @Test
    void aStepTypeNoExtensionContributesIsDrawnAsUnknownAndKept() throws Exception {
        CustomStep custom = FlowpilotFactory.eINSTANCE.createCustomStep();
        custom.setName("Install line-of-business driver");
        custom.setExtensionTypeId("com.example.missing.driver");
        model.access().run(() -> model.editingDomain().getCommandStack().execute(AddCommand.create(
                model.editingDomain(), flow, FlowpilotPackage.Literals.FLOW__STEPS, custom)));
        session.await(UpdateModelAction.class,
                u -> session.element(id(custom)) != null);
        GNode node = (GNode) session.element(id(custom));
        assertEquals(FlowTypes.UNKNOWN_STEP, node.getType());
        assertEquals("Unknown step type com.example.missing.driver", node.getArgs().get("subtitle"));

        session.sendAndAwaitUpdate(new ApplyLabelEditOperation(id(step("Reboot")) + "_name", "Restart"));
        model.save();
        DiagramModel reopened = ModelFiles.open(file, "again");
        Step kept = reopened.model().getFlows().get(0).getSteps().stream()
                .filter(s -> "Install line-of-business driver".equals(s.getName())).findFirst().orElseThrow();
        assertEquals("com.example.missing.driver", ((CustomStep) kept).getExtensionTypeId());
    }

    @Test
    void copyAndPasteDuplicatesStepsWithTheTransitionsBetweenThem() {
        Step keyboardLayout = step("Keyboard layout");
        Step additional = step("Additional keyboard layouts");
        int steps = flow.getSteps().size();
        int transitions = flow.getTransitions().size();
        EditorContext context = new EditorContext();
        context.setSelectedElementIds(List.of(id(keyboardLayout), id(additional)));
        session.clear();
        session.send(new RequestClipboardDataAction(context));
        Map<String, String> clipboard = session.await(SetClipboardDataAction.class, any -> true).getClipboardData();
        PasteOperation paste = new PasteOperation();
        paste.setClipboardData(clipboard);
        paste.setEditorContext(context);
        session.sendAndAwaitUpdate(paste);
        assertEquals(steps + 2, read(() -> flow.getSteps().size()));
        assertEquals(transitions + 1, read(() -> flow.getTransitions().size()));
        List<String> names = read(() -> flow.getSteps().subList(steps, steps + 2).stream().map(NamedElement::getName)
                .toList());
        assertEquals(List.of("Keyboard layout (copy)", "Additional keyboard layouts (copy)"), names);
        Transition copied = read(() -> flow.getTransitions().get(transitions));
        assertEquals(flow.getSteps().get(steps), copied.getSource());
        assertEquals(flow.getSteps().get(steps + 1), copied.getTarget());
    }

    @Test
    void anEditFromTheTreeRedrawsEveryOpenDiagramOfTheModel() throws Exception {
        DiagramModels shared = new DiagramModels(List.of());
        shared.add(model);
        try (TestSession second = new TestSession(shared, DiagramKind.FLOW.diagramType(),
                Map.of("sourceUri", "contoso", "flowId", model.idOf(flow)), "flow-2")) {
            Step reseal = step("Reseal");
            session.clear();
            second.clear();
            // What the tree and the Properties view do: a command on the editor's stack, not through a diagram.
            model.access().run(() -> model.editingDomain().getCommandStack().execute(SetCommand.create(
                    model.editingDomain(), reseal, FlowpilotPackage.Literals.NAMED_ELEMENT__NAME, "Reseal for Adele")));
            for (TestSession each : List.of(session, second)) {
                each.await(UpdateModelAction.class,
                        u -> "Reseal for Adele".equals(((GLabel) each.element(id(reseal) + "_name")).getText()));
            }
        }
    }

    @Test
    void highlightsSetByARunAreDrawnAsClasses() {
        Step reseal = step("Reseal");
        session.clear();
        model.setHighlights(Map.of(id(reseal), Set.of(Highlight.CURRENT_STEP)));
        session.await(UpdateModelAction.class,
                u -> session.element(id(reseal)).getCssClasses().contains("highlight-current-step"));
    }
}
