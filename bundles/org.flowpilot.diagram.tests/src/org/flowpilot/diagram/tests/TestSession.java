package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.server.GlspConnections;

/**
 * One diagram session on a real GLSP server (the same injector a WebSocket connection gets), with this test as its
 * client: actions go in through {@link GLSPServer#process}, and what the server sends back is collected here.
 */
final class TestSession implements GLSPClient, AutoCloseable {

    private static final List<String> CLIENT_ACTIONS = List.of("setModel", "updateModel", "setDirtyState",
            "setMarkers", "deleteMarkers", "setPopupModel", "setClipboardData", "setTypeHints", "setContextActions",
            "status", "message", "startProgress", "updateProgress", "endProgress", "setEditValidationResult",
            "selectElements", "elementSelected", "setViewport", "centerElements", "fit", "triggerNodeCreation");

    private final GLSPServer server;
    private final String clientId;
    private final LinkedBlockingDeque<Action> received = new LinkedBlockingDeque<>();
    private GModelRoot root;

    TestSession(DiagramModels models, String diagramType, Map<String, String> options, String clientId)
            throws Exception {
        this.clientId = clientId;
        server = new GlspConnections(models).newInjector().getInstance(GLSPServer.class);
        server.connect(this);
        InitializeParameters initialize = new InitializeParameters();
        initialize.setApplicationId("flowpilot-tests");
        initialize.setProtocolVersion("1.0.0");
        server.initialize(initialize).get(10, TimeUnit.SECONDS);
        server.initializeClientSession(new InitializeClientSessionParameters(clientId, diagramType, CLIENT_ACTIONS))
                .get(10, TimeUnit.SECONDS);
        send(new RequestModelAction(options));
        root = await(SetModelAction.class, any -> true).getNewRoot();
    }

    @Override
    public void process(ActionMessage message) {
        received.add(message.getAction());
    }

    /** Sends {@code action} to the server as the client would. */
    void send(Action action) {
        action.setReceivedFromClient(true);
        server.process(new ActionMessage(clientId, action));
    }

    /** The first action of {@code type} matching {@code condition} the server sends within 10 s; earlier are dropped. */
    <A extends Action> A await(Class<A> type, Predicate<A> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            while (System.nanoTime() < deadline) {
                Action action = received.poll(50, TimeUnit.MILLISECONDS);
                if (action instanceof UpdateModelAction update) {
                    root = update.getNewRoot();
                }
                if (type.isInstance(action) && condition.test(type.cast(action))) {
                    return type.cast(action);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fail("the server sent no " + type.getSimpleName() + " as expected within 10 s");
    }

    /** Sends {@code action} and waits for the diagram that follows from it. */
    GModelRoot sendAndAwaitUpdate(Action action) {
        received.clear();
        send(action);
        return await(UpdateModelAction.class, any -> true).getNewRoot();
    }

    /** The diagram as last received. */
    GModelRoot root() {
        return root;
    }

    /** The element with {@code id} in the diagram as last received, or null. */
    GModelElement element(String id) {
        return find(root, id);
    }

    /** The elements of {@code type} in the diagram as last received. */
    List<GModelElement> elementsOfType(String type) {
        return root.getChildren().stream().filter(e -> type.equals(e.getType())).toList();
    }

    private static GModelElement find(GModelElement element, String id) {
        if (id.equals(element.getId())) {
            return element;
        }
        for (GModelElement child : element.getChildren()) {
            GModelElement found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Forgets what the server sent so far. */
    void clear() {
        received.clear();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
