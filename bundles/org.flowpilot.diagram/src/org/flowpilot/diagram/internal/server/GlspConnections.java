package org.flowpilot.diagram.internal.server;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.websocket.WebsocketModule;
import org.flowpilot.diagram.internal.assignment.AssignmentModule;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.flow.FlowModule;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Creates the Guice injector of each WebSocket connection: GLSP's server module with both Flowpilot diagram modules
 * and graph elements written by {@link GModelJson}, and the registry of open models every session reads from.
 */
public final class GlspConnections {

    private final DiagramModels models;

    /** Connections that serve the models of {@code models}. */
    public GlspConnections(DiagramModels models) {
        this.models = models;
    }

    /** The injector of one new connection. */
    public Injector newInjector() {
        ServerModule server = new ServerModule() {
            @Override
            protected Class<? extends ServerGsonConfigurator> bindGsonConfigurator() {
                return FlowpilotGson.class;
            }
        }.configureDiagramModule(new FlowModule())
                .configureDiagramModule(new AssignmentModule());
        return Guice.createInjector(server, new WebsocketModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(DiagramModels.class).toInstance(models);
            }
        });
    }
}
