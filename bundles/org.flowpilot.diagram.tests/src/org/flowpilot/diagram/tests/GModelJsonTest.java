package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.internal.gson.DefaultServerGsonConfigurator;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.Highlight;
import org.flowpilot.diagram.ModelFiles;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.server.FlowpilotGson;
import org.flowpilot.diagram.internal.server.GModelJson;
import org.flowpilot.diagram.internal.server.GlspConnections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.inject.Injector;

/** The JSON a connection sends for a diagram: what GLSP's own writer sends, element for element. */
class GModelJsonTest {

    @TempDir
    Path folder;

    private DiagramModels models;
    private DiagramModel model;
    private Gson flowpilot;
    private Gson glsp;

    @BeforeEach
    void open() throws Exception {
        model = ModelFiles.open(Example.copyTo(folder), "contoso");
        models = new DiagramModels(List.of());
        models.add(model);
        Injector injector = new GlspConnections(models).newInjector();
        ServerGsonConfigurator configurator = injector.getInstance(ServerGsonConfigurator.class);
        assertInstanceOf(FlowpilotGson.class, configurator);
        flowpilot = configurator.configureGsonBuilder(new GsonBuilder()).create();
        glsp = injector.getInstance(DefaultServerGsonConfigurator.class).configureGsonBuilder(new GsonBuilder())
                .create();
    }

    private void assertSameJson(Object message) {
        String expected = glsp.toJson(message);
        String actual = flowpilot.toJson(message);
        assertEquals(JsonParser.parseString(expected), JsonParser.parseString(actual));
    }

    @Test
    void graphElementsAreWrittenByFlowpilotsAdapterAndReadByGlsps() {
        assertSame(GModelJson.class, flowpilot.getAdapter(GNode.class).getClass().getEnclosingClass());
        // The server reads no diagrams from clients; what GLSP's adapter reads, Flowpilot's reads alike.
        String json = "{\"type\":\"graph\",\"id\":\"graph\",\"revision\":3}";
        GGraph read = flowpilot.fromJson(json, GGraph.class);
        assertEquals("graph", read.getId());
        assertEquals(3, read.getRevision());
        assertEquals(glsp.toJson(glsp.fromJson(json, GGraph.class)), flowpilot.toJson(read));
    }

    @Test
    void theFlowDiagramAfterAnEditIsSentAsGlspWouldSendIt() throws Exception {
        String flowId = model.idOf(model.model().getFlows().get(0));
        String stepId = model.idOf(model.model().getFlows().get(0).getSteps().get(1));
        model.setHighlights(Map.of(stepId, Set.of(Highlight.CURRENT_STEP, Highlight.BREAKPOINT)));
        try (TestSession session = new TestSession(models, DiagramKind.FLOW.diagramType(),
                Map.of("sourceUri", "contoso", "flowId", flowId), "flow-json")) {
            assertSameJson(session.root());
            session.sendAndAwaitUpdate(new CreateNodeOperation("step:reboot", GraphUtil.point(2000, 2000)));
            UpdateModelAction update = new UpdateModelAction(session.root());
            assertSameJson(new ActionMessage("flow-json", update));
            assertTrue(flowpilot.toJson(update).contains("highlight-current-step"), "highlights are sent");
        }
    }

    @Test
    void theAssignmentDiagramIsSentAsGlspWouldSendIt() throws Exception {
        try (TestSession session = new TestSession(models, DiagramKind.ASSIGNMENT.diagramType(),
                Map.of("sourceUri", "contoso"), "assignment-json")) {
            assertSameJson(session.root());
        }
    }

    @Test
    void everyKindOfPropertyIsWrittenAsGlspWritesIt() {
        GModelRoot root = new GGraphBuilder().id("graph").addCssClass("a").addArgument("title", "T")
                .addArgument("count", 3).addArgument("ratio", 0.5).addArgument("flag", true)
                .layoutOptions(Map.of("hGap", "4", "name", "x"))
                .add(new GNodeBuilder("node:step").id("n1").position(0, 0).size(240, 64).layout("vbox")
                        .add(new GLabelBuilder("label:name").id("n1_name").text("Ünïcode \"quoted\"")
                                .alignment(GraphUtil.point(1, 2)).build())
                        .build())
                .add(new GNodeBuilder("node:step").id("n2").position(10.25, -3).build())
                .add(new GEdgeBuilder("edge:transition").id("e").sourceId("n1").targetId("n2")
                        .addRoutingPoint(0, 0).addRoutingPoint(5.5, 7).routerKind("fp-route")
                        .add(new GLabelBuilder("label:edge").id("e_label").text("when").build()).build())
                .build();
        root.setRevision(7);
        root.setCanvasBounds(GraphUtil.bounds(1, 2, 3, 4));
        assertSameJson(root);
        assertNotEquals(JsonParser.parseString(glsp.toJson(root)), JsonParser.parseString("{}"));
        JsonElement written = JsonParser.parseString(flowpilot.toJson(root));
        assertEquals(7, written.getAsJsonObject().get("revision").getAsInt());
    }
}
